package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import dev.innosim.sql.Expr;
import java.util.Optional;

/** Work a scan runs once its first row is in hand, before testing it, and the conditions it then tests; resumable. */
interface Prelude {
  /** Runs (or resumes) the work: DONE, BLOCKED, FAILED ({@link #error}) or ABORTED. */
  Exec.Status run(StepContext step);

  /** The scan's WHERE from now on. */
  Optional<Expr> where();

  /** The semi-join filter from now on (tested after the WHERE; a row failing it is not unlocked). */
  Optional<Expr> semiJoinFilter();

  /** The error of a FAILED run. */
  MySqlError error();
}
