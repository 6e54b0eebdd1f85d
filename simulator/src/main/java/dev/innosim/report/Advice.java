package dev.innosim.report;

import java.util.List;

/**
 * A fix that {@code innosim fix} proved for the scenario, as the explanation lists it under "What
 * would break the cycle"; computed by the caller (the report never explores); immutable.
 *
 * @param name         the candidate's name ({@code lock-order})
 * @param description  what the fix does, one line
 * @param diff         the change as SQL lines ({@code - } / {@code + })
 * @param proof        the exploration's verdict for the fixed scenario, one line
 * @param changes      what the fix changes besides the deadlock (empty when it preserves behaviour)
 */
public record Advice(String name, String description, List<String> diff, String proof, List<String> changes) {
  public Advice {
    diff = List.copyOf(diff);
    changes = List.copyOf(changes);
  }
}
