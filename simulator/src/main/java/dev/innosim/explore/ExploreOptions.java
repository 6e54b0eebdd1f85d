package dev.innosim.explore;

import dev.innosim.profile.ServerProfile;
import java.util.Optional;

/**
 * How to explore; immutable.
 *
 * @param randomSchedules  0 for exhaustive search, else the number of seeded random schedules
 * @param seed             seed of the random schedules
 * @param maxStates        the search stops (and says so) after this many states (exhaustive: distinct
 *                         states; random: steps run)
 * @param timeBudgetNanos  the search stops (and says so) once this much wall time has passed since
 *                         {@code startNanos}; 0 = no budget
 * @param startNanos       when the budget started ({@link System#nanoTime()}), so that reading and
 *                         parsing the input count against it; 0 = when the search starts
 * @param profile          server profile override
 * @param cyclesApart      end results whose first deadlocks differ in their cycle (members, locks,
 *                         victim) are kept apart, so that every distinct deadlock has its witness
 * @param witnessScenarios whether each result carries its witness as an annotated scenario (else
 *                         the witness is the schedule only and {@code witnessScenario} is empty)
 */
public record ExploreOptions(long randomSchedules, long seed, long maxStates, long timeBudgetNanos, long startNanos,
                             Optional<ServerProfile> profile, boolean cyclesApart, boolean witnessScenarios) {
  public ExploreOptions {
    if (randomSchedules < 0) throw new IllegalArgumentException("random schedules " + randomSchedules);
    if (maxStates <= 0) throw new IllegalArgumentException("max states " + maxStates);
    if (timeBudgetNanos < 0) throw new IllegalArgumentException("time budget " + timeBudgetNanos);
  }

  public static ExploreOptions exhaustive() {
    return new ExploreOptions(0, 0, 1_000_000, 0, 0, Optional.empty(), false, true);
  }

  public static ExploreOptions random(long n, long seed) {
    return new ExploreOptions(n, seed, 1_000_000, 0, 0, Optional.empty(), false, true);
  }

  public ExploreOptions withMaxStates(long n) {
    return new ExploreOptions(randomSchedules, seed, n, timeBudgetNanos, startNanos, profile, cyclesApart, witnessScenarios);
  }

  /** A wall-time budget counted from {@code startNanos} ({@link System#nanoTime()}). */
  public ExploreOptions withTimeBudget(long nanos, long startNanos) {
    return new ExploreOptions(randomSchedules, seed, maxStates, nanos, startNanos, profile, cyclesApart, witnessScenarios);
  }

  public ExploreOptions withProfile(Optional<ServerProfile> p) {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, p, cyclesApart, witnessScenarios);
  }

  /** Distinct deadlock cycles as distinct results, witnesses as schedules only: what a search for one given deadlock needs. */
  public ExploreOptions forCycles() {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, profile, true, false);
  }

  public boolean isRandom() { return randomSchedules > 0; }
}
