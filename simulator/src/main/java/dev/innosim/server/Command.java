package dev.innosim.server;

import dev.innosim.sql.Statement;

/**
 * A statement to execute: its text as the user wrote it (what a live server receives), the parsed
 * model (what the simulator runs), the 1-based line it starts on, for messages, and the rows after
 * which it stops ({@code -- @pause}; 0: it runs to its end); immutable.
 */
public record Command(String sql, Statement statement, int line, int pauseAfterRows) {
  public Command {
    if (pauseAfterRows < 0) throw new IllegalArgumentException("pause after " + pauseAfterRows + " rows");
  }

  /** A statement that runs to its end. */
  public Command(String sql, Statement statement, int line) {
    this(sql, statement, line, 0);
  }

  /** Whether it asks to stop between two rows (or is a {@code RESUME}): only the simulator can. */
  public boolean pausesInsideRows() {
    return pauseAfterRows > 0 || statement instanceof Statement.Resume;
  }
}
