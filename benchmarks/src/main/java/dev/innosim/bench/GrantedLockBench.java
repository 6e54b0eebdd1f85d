package dev.innosim.bench;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.Rec;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A record lock request granted at once ({@link LockSys#lockRecord}, {@code X,REC_NOT_GAP} as an
 * UPDATE by primary key takes it) on an index of 10, 10^3 or 10^5 records, on a record nobody else
 * locks or on one where two other transactions hold gap locks ({@code X,GAP} and {@code S,GAP}:
 * both must be checked, neither conflicts).
 *
 * <p>Each invocation makes {@value #BATCH} requests on distinct records, taken in a precomputed
 * random order, then releases them (both measured, no per-invocation fixture: JMH's
 * {@code Level.Invocation} costs more than the work it would wrap); the figure is the time of one
 * request plus its share of the release (one walk of the requester's lock list).
 * The cursor is already on the record, as when InnoDB calls {@code lock_rec_lock}: the index lookup
 * is not part of the request.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GrantedLockBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GrantedLockBench {
  static final int BATCH = 10;
  private static final int ORDER_SIZE = 1 << 16;

  /** The index size. */
  public enum Records {
    R_10(10), R_1_000(1_000), R_100_000(100_000);

    final int n;

    Records(int n) { this.n = n; }
  }

  /** What else is in the record's queue. */
  public enum Others { NONE, TWO_GAP_LOCKS }

  @Param
  public Records records;

  @Param
  public Others others;

  private final LockSys lockSys = new LockSys(ServerProfile.MARIADB_10_11);
  private final BenchTrx requester = new BenchTrx(1);
  /** Batches of distinct records, one batch after another. */
  private Rec[] order;
  private int next;

  @Setup(Level.Trial)
  public void setup() {
    Rec[] recs = Indexes.primaryWithRecords(records.n);
    if (others == Others.TWO_GAP_LOCKS) {
      BenchTrx a = new BenchTrx(2);
      BenchTrx b = new BenchTrx(3);
      for (Rec r : recs) {
        lockSys.lockRecord(a, r, LOCK_X | LOCK_GAP, false);
        lockSys.lockRecord(b, r, LOCK_S | LOCK_GAP, false);
      }
    }
    Random rnd = new Random(42);
    order = new Rec[ORDER_SIZE];
    for (int k = 0; k < ORDER_SIZE; k += BATCH) {
      // a batch of distinct records: BATCH consecutive slots of a random rotation
      int start = rnd.nextInt(recs.length);
      int stride = recs.length == BATCH ? 1 : 1 + rnd.nextInt(recs.length / BATCH);
      for (int j = 0; j < BATCH && k + j < ORDER_SIZE; j++) order[k + j] = recs[(start + j * stride) % recs.length];
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void request(Blackhole bh) {
    int base = next;
    for (int j = 0; j < BATCH; j++) {
      RecordRequest r = lockSys.lockRecord(requester, order[base + j], LOCK_X | LOCK_REC_NOT_GAP, false);
      bh.consume(r);
    }
    lockSys.releaseAll(requester);
    next += BATCH;
    if (next + BATCH > ORDER_SIZE) next = 0;
  }

  /** Fails the run if a request was not granted (checked once per trial, outside the measurement). */
  @TearDown(Level.Trial)
  public void check() {
    for (int j = 0; j < BATCH; j++) {
      if (!(lockSys.lockRecord(requester, order[j], LOCK_X | LOCK_REC_NOT_GAP, false) instanceof RecordRequest.Granted)) {
        throw new AssertionError("not granted at once");
      }
    }
    lockSys.releaseAll(requester);
  }
}
