package dev.innosim.fix;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One candidate fix, applied and explored; immutable.
 *
 * @param name         the candidate's name ({@code lock-order})
 * @param description  what the rewrite does, one line
 * @param verdict      what the exploration of the rewritten program proved
 * @param diff         the change as SQL lines ({@code - } / {@code + }); empty when not applicable
 * @param schedules    schedules explored (of the rewritten program)
 * @param assignments  parameter assignments explored (1 for a plain scenario)
 * @param witness      for a refuted fix, the shortest deadlocking schedule of the rewritten program as a runnable scenario
 * @param changes      for {@code proven-changes-behaviour}, what differs from the original's end results
 * @param proof        one line: the exploration's verdict, the limit that stopped it, or why the rule does not apply
 */
public record FixResult(String name, String description, Verdict verdict, List<String> diff, BigInteger schedules, long assignments,
                        Optional<String> witness, List<String> changes, String proof) {
  public FixResult {
    diff = List.copyOf(diff);
    changes = List.copyOf(changes);
  }

  /** The verdicts, in rank order (proven and behaviour-preserving first). */
  public enum Verdict {
    PROVEN("proven"), PROVEN_CHANGES_BEHAVIOUR("proven-changes-behaviour"), UNKNOWN("unknown"), REFUTED("refuted"),
    NOT_APPLICABLE("not-applicable");

    private final String text;

    Verdict(String text) { this.text = text; }

    /** The verdict as the text and JSON print it. */
    public String text() { return text; }

    /** Whether the fix is proven deadlock-free (whether or not it changes behaviour). */
    public boolean proven() { return this == PROVEN || this == PROVEN_CHANGES_BEHAVIOUR; }
  }
}
