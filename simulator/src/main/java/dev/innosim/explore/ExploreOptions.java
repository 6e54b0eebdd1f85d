package dev.innosim.explore;

import dev.innosim.profile.ServerProfile;
import java.util.Locale;
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
 * @param granularity      where other sessions may run: between statements, or also between two rows
 *                         of one statement
 * @param reduction        whether steps that commute are explored in one order only (sleep sets,
 *                         {@code docs/explore.md}); the end results are the same either way
 * @param cyclesApart      end results whose first deadlocks differ in their cycle (members, locks,
 *                         victim) are kept apart, so that every distinct deadlock has its witness
 * @param witnessScenarios whether each result carries its witness as an annotated scenario (else
 *                         the witness is the schedule only and {@code witnessScenario} is empty)
 */
public record ExploreOptions(long randomSchedules, long seed, long maxStates, long timeBudgetNanos, long startNanos,
                             Optional<ServerProfile> profile, Granularity granularity, boolean reduction,
                             boolean cyclesApart, boolean witnessScenarios) {
  /** The scheduling points of an exploration. */
  public enum Granularity {
    /** Other sessions run only between two statements (a statement runs until it ends or waits). */
    STATEMENT,
    /** Also between two rows of a multi-row statement: every row it locks is a scheduling point. */
    ROW;

    /** {@code statement} or {@code row}, as the command line and the reports write it. */
    public String text() { return name().toLowerCase(Locale.ROOT); }

    /** The granularity named {@code statement} or {@code row}, if it is one. */
    public static Optional<Granularity> parse(String s) {
      for (Granularity g : values()) if (g.text().equals(s)) return Optional.of(g);
      return Optional.empty();
    }
  }

  public ExploreOptions {
    if (randomSchedules < 0) throw new IllegalArgumentException("random schedules " + randomSchedules);
    if (maxStates <= 0) throw new IllegalArgumentException("max states " + maxStates);
    if (timeBudgetNanos < 0) throw new IllegalArgumentException("time budget " + timeBudgetNanos);
    java.util.Objects.requireNonNull(granularity, "granularity");
  }

  /** Statement granularity, without the reduction. */
  public ExploreOptions(long randomSchedules, long seed, long maxStates, long timeBudgetNanos, long startNanos,
                        Optional<ServerProfile> profile) {
    this(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, profile, Granularity.STATEMENT, false, false, true);
  }

  public static ExploreOptions exhaustive() {
    return new ExploreOptions(0, 0, 1_000_000, 0, 0, Optional.empty());
  }

  public static ExploreOptions random(long n, long seed) {
    return new ExploreOptions(n, seed, 1_000_000, 0, 0, Optional.empty());
  }

  public ExploreOptions withMaxStates(long n) {
    return new ExploreOptions(randomSchedules, seed, n, timeBudgetNanos, startNanos, profile, granularity, reduction, cyclesApart, witnessScenarios);
  }

  /** A wall-time budget counted from {@code startNanos} ({@link System#nanoTime()}). */
  public ExploreOptions withTimeBudget(long nanos, long startNanos) {
    return new ExploreOptions(randomSchedules, seed, maxStates, nanos, startNanos, profile, granularity, reduction, cyclesApart, witnessScenarios);
  }

  public ExploreOptions withProfile(Optional<ServerProfile> p) {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, p, granularity, reduction, cyclesApart, witnessScenarios);
  }

  public ExploreOptions withGranularity(Granularity g) {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, profile, g, reduction, cyclesApart, witnessScenarios);
  }

  /** With or without the partial-order reduction (for comparing the two). */
  public ExploreOptions withReduction(boolean on) {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, profile, granularity, on, cyclesApart, witnessScenarios);
  }

  /** Distinct deadlock cycles as distinct results, witnesses as schedules only: what a search for one given deadlock needs. */
  public ExploreOptions forCycles() {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetNanos, startNanos, profile, granularity, reduction, true, false);
  }

  public boolean isRandom() { return randomSchedules > 0; }
}
