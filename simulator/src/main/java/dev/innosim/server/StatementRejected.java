package dev.innosim.server;

/** A statement the server cannot run at all (unknown table, unsupported SQL, a bad value): bad input, not an outcome. */
public final class StatementRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StatementRejected(String message) {
    super(message, null, false, false);
  }
}
