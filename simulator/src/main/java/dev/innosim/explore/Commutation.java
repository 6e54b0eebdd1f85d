package dev.innosim.explore;

import dev.innosim.engine.Footprint;
import dev.innosim.server.StepEvents;
import dev.innosim.server.StepOutcome;
import dev.innosim.sql.Statement;

/**
 * The partial-order reduction's dependency relation ({@code docs/explore.md}): which moves of
 * different sessions commute. Conservative: only quiet moves with footprints apart; stateless.
 */
final class Commutation {
  private Commutation() {}

  /** Every session's flags at one state of the search. */
  record Flags(boolean[] blocked, boolean[] paused, boolean[] ended, boolean[] open) {}

  /**
   * Whether session {@code i}'s move (statement {@code st}, which did {@code r}) from a state with
   * {@code before} to one with {@code after} may commute with another session's: its statement ran
   * and ended (or paused) at once, without error, without waking, releasing or ending anything of
   * another session and without ending a transaction (COMMIT, ROLLBACK, an autocommit, a BEGIN that
   * commits, a SET that may commit, a SLEEP that ages waits are never quiet). A move that is not
   * quiet is dependent on every move.
   */
  static boolean quiet(int i, Statement st, StepEvents r, Flags before, Flags after) {
    if (r.own().isEmpty() || !(r.own().get() instanceof StepOutcome.Ok || r.own().get() instanceof StepOutcome.Paused)) return false;
    if (!r.releasedBefore().isEmpty() || !r.released().isEmpty() || !r.deadlocks().isEmpty()) return false;
    if (st instanceof Statement.Commit || st instanceof Statement.Rollback || st instanceof Statement.SetVariable
        || st instanceof Statement.SetIsolation || st instanceof Statement.Sleep) {
      return false;
    }
    if (st instanceof Statement.Begin && before.open()[i]) return false;
    if (before.open()[i] && !after.open()[i]) return false;
    if (!(st instanceof Statement.Begin) && !after.open()[i]) return false;
    for (int k = 0; k < before.open().length; k++) {
      if (k == i) continue;
      if (before.blocked()[k] != after.blocked()[k] || before.paused()[k] != after.paused()[k]
          || before.ended()[k] != after.ended()[k] || before.open()[k] != after.open()[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether two moves of different sessions from the same state commute: both quiet, footprints apart. */
  static boolean independent(Footprint a, boolean aQuiet, Footprint b, boolean bQuiet) {
    return aQuiet && bQuiet && !a.conflictsWith(b);
  }
}
