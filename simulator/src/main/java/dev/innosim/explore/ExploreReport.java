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
    long elapsedMillis) {

  public ExploreReport {
    sessions = List.copyOf(sessions);
    results = List.copyOf(results);
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
                       List<String> witness, String witnessScenario, List<String> cycle) {
    public Result {
      description = List.copyOf(description);
      witness = List.copyOf(witness);
      cycle = List.copyOf(cycle);
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
    if (!complete()) {
      return "not proven: the search stopped (" + stopReason.get() + ") after " + schedules + " complete schedules and "
          + states + " states; none of them deadlocked";
    }
    return "no deadlock in " + schedules + " schedules";
  }

  /** The shortest deadlocking witness, if any. */
  public Optional<Result> deadlockWitness() {
    return results.stream().filter(Result::deadlock).min((a, b) -> Integer.compare(a.witness().size(), b.witness().size()));
  }
}
