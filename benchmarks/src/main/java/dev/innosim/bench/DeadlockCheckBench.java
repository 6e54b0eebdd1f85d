package dev.innosim.bench;

import static dev.innosim.lock.LockType.*;

import dev.innosim.deadlock.Deadlock;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A record lock request that must wait, followed by the exact deadlock check from the requester
 * ({@link Deadlock#find}, no depth cap), as {@code Engine} runs it on every wait.
 *
 * <p>Chains: T1 … T(n-1) each hold one record, Ti waits for T(i-1)'s; T0 asks for T(n-1)'s record
 * and closes a cycle of n, which the check walks in full and picks the victim of. Random graph:
 * n waiters, each waiting for a random later transaction (a random forest of wait-for edges, as
 * detection leaves it); the root asks for the first waiter's record and closes a cycle through
 * the first waiter's path to the root. The waiting request is cancelled after each invocation,
 * outside the measurement.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DeadlockCheckBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlockCheckBench {

  /** The wait-for graph the request joins. */
  public enum Graph {
    CHAIN_10(10, false), CHAIN_100(100, false), CHAIN_1_000(1_000, false), CHAIN_10_000(10_000, false),
    RANDOM_10_000(10_000, true);

    final int n;
    final boolean random;

    Graph(int n, boolean random) {
      this.n = n;
      this.random = random;
    }
  }

  @Param
  public Graph graph;

  private final LockSys lockSys = new LockSys(ServerProfile.MARIADB_10_11);
  private BenchTrx requester;
  private Rec wanted;
  /** Members of the cycle the request closes, for checking. */
  private int expectedCycle;

  @Setup(Level.Trial)
  public void setup() {
    int n = graph.n;
    Rec[] recs = Indexes.primaryWithRecords(graph.random ? n + 1 : n);
    int x = LOCK_X | LOCK_REC_NOT_GAP;
    if (!graph.random) {
      BenchTrx[] t = new BenchTrx[n];
      for (int i = 0; i < n; i++) {
        t[i] = new BenchTrx(i);
        lockSys.lockRecord(t[i], recs[i], x, false);
      }
      for (int i = 1; i < n; i++) mustWait(lockSys.lockRecord(t[i], recs[i - 1], x, false));
      requester = t[0];
      wanted = recs[n - 1];
      expectedCycle = n;
    } else {
      // waiters 0..n-1, root n; waiter i waits for a random transaction in (i, n]
      BenchTrx[] t = new BenchTrx[n + 1];
      for (int i = 0; i <= n; i++) {
        t[i] = new BenchTrx(i);
        lockSys.lockRecord(t[i], recs[i], x, false);
      }
      Random rnd = new Random(42);
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i + 1 + rnd.nextInt(n - i);
        mustWait(lockSys.lockRecord(t[i], recs[parent[i]], x, false));
      }
      int depth = 1;
      for (int i = 0; i != n; i = parent[i]) depth++;
      requester = t[n];
      wanted = recs[0];
      expectedCycle = depth;
    }
  }

  private static void mustWait(RecordRequest r) {
    if (!(r instanceof RecordRequest.MustWait)) throw new AssertionError("expected a wait: " + r);
  }

  /** One wait, its deadlock check and the cancel that restores the graph (all measured: no per-invocation fixture). */
  @Benchmark
  public Optional<Deadlock.Cycle> requestCheckAndCancel() {
    Optional<Deadlock.Cycle> c = requestAndCheck();
    cancel();
    return c;
  }

  Optional<Deadlock.Cycle> requestAndCheck() {
    lockSys.lockRecord(requester, wanted, LOCK_X | LOCK_REC_NOT_GAP, false);
    return Deadlock.find(requester);
  }

  void cancel() {
    lockSys.cancelWait(requester);
  }

  /** Fails the run unless the check finds the whole cycle (once per trial, outside the measurement). */
  @TearDown(Level.Trial)
  public void check() {
    Deadlock.Cycle c = requestAndCheck().orElseThrow(() -> new AssertionError("no cycle found"));
    if (c.members().size() != expectedCycle) throw new AssertionError(c.members().size() + " != " + expectedCycle);
    cancel();
  }
}
