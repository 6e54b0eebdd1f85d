package dev.innosim.explore;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one seeded source of random schedules, shared by {@code explore --random} and the tests:
 * the same seed picks the same sessions in the same order; mutable, single-threaded.
 */
public final class RandomScheduler {
  private final SplittableRandom random;

  public RandomScheduler(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** One of {@code enabled} (not empty), uniformly. */
  public <T> T pick(List<T> enabled) {
    return enabled.get(random.nextInt(enabled.size()));
  }

  /** An integer in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
