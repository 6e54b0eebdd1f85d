package dev.innosim.bench;

import static dev.innosim.lock.LockType.*;

import dev.innosim.lock.LockRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The conflict check itself: {@link LockRules#recordVerdict} ({@code lock_rec_has_to_wait}) over
 * every combination of requester, existing type mode (S/X × GAP, REC_NOT_GAP, INSERT_INTENTION),
 * same transaction and supremum, and {@link LockRules#compatible} over every pair of the five
 * modes; inputs precomputed, cycled with an index mask, in table order or shuffled (no branch
 * pattern to learn).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ConflictCheckBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConflictCheckBench {

  /** The order in which the combinations are visited. */
  public enum Order { TABLE, SHUFFLED }

  @Param
  public Order order;

  private static final int SIZE = 1024;
  private static final int MASK = SIZE - 1;

  private final boolean[] sameTrx = new boolean[SIZE];
  private final int[] request = new int[SIZE];
  private final int[] existing = new int[SIZE];
  private final boolean[] supremum = new boolean[SIZE];
  private final int[] held = new int[SIZE];
  private final int[] requested = new int[SIZE];
  private int i;

  @Setup
  public void setup() {
    int[] flags = {0, LOCK_GAP, LOCK_REC_NOT_GAP, LOCK_INSERT_INTENTION, LOCK_GAP | LOCK_REC_NOT_GAP,
        LOCK_GAP | LOCK_INSERT_INTENTION, LOCK_REC_NOT_GAP | LOCK_INSERT_INTENTION,
        LOCK_GAP | LOCK_REC_NOT_GAP | LOCK_INSERT_INTENTION};
    List<int[]> combos = new ArrayList<>();
    for (int same = 0; same < 2; same++) {
      for (int sup = 0; sup < 2; sup++) {
        for (int rm : new int[] {LOCK_S, LOCK_X}) {
          for (int rf : flags) {
            for (int em : new int[] {LOCK_S, LOCK_X}) {
              for (int ef : flags) combos.add(new int[] {same, rm | rf, em | ef, sup});
            }
          }
        }
      }
    }
    if (combos.size() != SIZE) throw new AssertionError(combos.size());
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; pairs.size() < SIZE; k++) pairs.add(new int[] {k / 5 % 5, k % 5});
    if (order == Order.SHUFFLED) {
      Collections.shuffle(combos, new Random(42));
      Collections.shuffle(pairs, new Random(43));
    }
    for (int k = 0; k < SIZE; k++) {
      int[] c = combos.get(k);
      sameTrx[k] = c[0] == 1;
      request[k] = c[1];
      existing[k] = c[2];
      supremum[k] = c[3] == 1;
      held[k] = pairs.get(k)[0];
      requested[k] = pairs.get(k)[1];
    }
  }

  @Benchmark
  public LockRules.Verdict recordVerdict() {
    int k = i++ & MASK;
    return LockRules.recordVerdict(sameTrx[k], request[k], existing[k], supremum[k]);
  }

  @Benchmark
  public boolean compatible() {
    int k = i++ & MASK;
    return LockRules.compatible(held[k], requested[k]);
  }
}
