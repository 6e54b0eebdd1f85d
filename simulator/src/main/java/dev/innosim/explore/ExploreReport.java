package dev.innosim.explore;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What an exploration found; immutable. Deterministic: the same input and options give the same
 * report (wall time is kept apart in {@link #elapsedMillis()}).
 *
 * @param schedules     complete schedules explored (exhaustive: counted through merged states)
 * @param states        distinct states visited (exhaustive) or steps run (random)
 * @param results       every distinct end result, most frequent first
 * @param stopReason    why the search stopped early, if it did
 * @param granularity   the scheduling points: between statements, or also between rows
 * @param reduced       the partial-order reduction was on: commuting moves were explored in one order,
 *                      so {@code schedules} counts the schedules explored, not every schedule
 */
public record ExploreReport(
    String file,
    String profile,
    List<String> sessions,
    boolean random,
    long seed,
    BigInteger schedules,
    long states,
    List<Result> results,
    Optional<String> stopReason,
    long elapsedMillis,
    Optional<Parameters> parameters,
    ExploreOptions.Granularity granularity,
    boolean reduced) {

  public ExploreReport {
    sessions = List.copyOf(sessions);
    results = List.copyOf(results);
  }

  /** A report at statement granularity. */
  public ExploreReport(String file, String profile, List<String> sessions, boolean random, long seed, BigInteger schedules,
                       long states, List<Result> results, Optional<String> stopReason, long elapsedMillis,
                       Optional<Parameters> parameters) {
    this(file, profile, sessions, random, seed, schedules, states, results, stopReason, elapsedMillis, parameters,
        ExploreOptions.Granularity.STATEMENT, false);
  }

  /** A report of a scenario without parameters. */
  public ExploreReport(String file, String profile, List<String> sessions, boolean random, long seed, BigInteger schedules,
                       long states, List<Result> results, Optional<String> stopReason, long elapsedMillis) {
    this(file, profile, sessions, random, seed, schedules, states, results, stopReason, elapsedMillis, Optional.empty());
  }

  /**
   * The parameters a template's exploration bound.
   *
   * @param names        every parameter ({@code T1.from}), sorted
   * @param assignments  the assignments explored
   * @param symmetric    assignments not explored because another one is the same up to renaming
   *                     sessions that run the same program with the same domains
   * @param sameShape    assignments not explored because another one puts every parameter in the same
   *                     class, in the same order within each gap
   * @param domains      per parameter, where its values came from and how many ({@code T1.from: 3 value classes of t.PRIMARY})
   * @param exact        whether every value of the domains' classes behaves like the class's representative
   *                     (equality and range predicates on indexed columns); otherwise the verdict covers the
   *                     representatives only
   * @param why          why the classes are exact or not
   */
  public record Parameters(List<String> names, long assignments, long symmetric, long sameShape, List<String> domains,
                           boolean exact, String why) {
    public Parameters {
      names = List.copyOf(names);
      domains = List.copyOf(domains);
    }
  }

  /**
   * One end result.
   *
   * @param description one line per session: finished, deadlock victim, error, waiting
   * @param deadlock    a deadlock (1213) happened
   * @param stuck       every unfinished session waits: a server would end them with lock wait timeouts
   * @param schedules   how many schedules lead here
   * @param witness     the shortest schedule that does, as session names in issue order
   * @param witnessScenario  the witness as a runnable scenario, annotated with its outcomes
   * @param cycle       the deadlock lines of the witness (victim and waits), if any
   */
  public record Result(List<String> description, boolean deadlock, boolean stuck, BigInteger schedules,
                       List<String> witness, String witnessScenario, List<String> cycle, List<String> assignments) {
    public Result {
      description = List.copyOf(description);
      witness = List.copyOf(witness);
      cycle = List.copyOf(cycle);
      assignments = List.copyOf(assignments);
    }

    /** A result of a scenario without parameters. */
    public Result(List<String> description, boolean deadlock, boolean stuck, BigInteger schedules, List<String> witness,
                  String witnessScenario, List<String> cycle) {
      this(description, deadlock, stuck, schedules, witness, witnessScenario, cycle, List.of());
    }
  }

  /** True when some schedule deadlocks (error 1213). */
  public boolean deadlockPossible() {
    return results.stream().anyMatch(Result::deadlock);
  }

  /** True when some schedule leaves every unfinished session waiting (a hang until lock wait timeout). */
  public boolean stuckPossible() {
    return results.stream().anyMatch(Result::stuck);
  }

  /** True when the search ran to its end (every schedule, or every random schedule asked for). */
  public boolean complete() {
    return stopReason.isEmpty();
  }

  /**
   * {@code deadlock possible}, {@code no deadlock in N schedules}, or, for a search that stopped at
   * a limit before finding one, {@code not proven: ...} (a search that did not finish never says
   * "no deadlock").
   */
  public String verdict() {
    if (deadlockPossible()) return "deadlock possible";
    String over = parameters.map(p -> " over " + p.assignments() + " parameter assignment" + (p.assignments() == 1 ? "" : "s")).orElse("")
        + (granularity == ExploreOptions.Granularity.ROW ? " at row granularity" : "");
    if (!complete()) {
      return "not proven: the search stopped (" + stopReason.get() + ") after " + schedules + " complete schedules"
          + over + " and " + states + " states; none of them deadlocked";
    }
    return "no deadlock in " + schedules + " schedules" + over;
  }

  /** The shortest deadlocking witness, if any. */
  public Optional<Result> deadlockWitness() {
    return results.stream().filter(Result::deadlock).min((a, b) -> Integer.compare(a.witness().size(), b.witness().size()));
  }
}
