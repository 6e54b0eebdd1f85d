package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import java.util.List;
import java.util.Set;

/**
 * Why a transaction of the log can hold or wait for one lock: the rules that produce it, and which
 * of their statement kinds the statement the log shows is; immutable.
 *
 * @param shownKinds the statement kinds among the rules' that the shown statement is (empty: an
 *                   earlier statement of the transaction, which the log does not show, took it)
 */
public record LockExplanation(LockRow row, List<LockRules.Rule> rules, Set<StatementKind> shownKinds) {
  public LockExplanation {
    rules = List.copyOf(rules);
    shownKinds = Set.copyOf(shownKinds);
  }
}
