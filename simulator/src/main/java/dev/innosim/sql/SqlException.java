package dev.innosim.sql;

/**
 * SQL text that innosim cannot parse or does not support. {@link #message()} is one line naming
 * the offending text, e.g. {@code unsupported statement: LOCK TABLES t WRITE} or
 * {@code syntax error near 'FRM'}; {@link #column()} is its 1-based column in the statement
 * text, or 0 when unknown.
 */
public final class SqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int column;

  public SqlException(String message) {
    this(message, 0);
  }

  public SqlException(String message, int column) {
    super(message);
    this.column = column;
  }

  /** The one-line message, without position. */
  public String message() {
    return getMessage();
  }

  /** 1-based column of the offending text within the statement, 0 when unknown. */
  public int column() {
    return column;
  }

  /** Suppresses the stack trace: these are input errors, reported as one line. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
