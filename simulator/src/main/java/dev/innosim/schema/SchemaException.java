package dev.innosim.schema;

/**
 * A bad table definition or an impossible value conversion; the message is one line naming the
 * culprit. {@link #errorCode()} is the MySQL error a server would give (1264 out of range, 1366
 * incorrect value, 1406 data too long, 1292 incorrect datetime), or 0 for schema errors.
 */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errorCode;

  public SchemaException(String message) {
    this(message, 0);
  }

  public SchemaException(String message, int errorCode) {
    super(message);
    this.errorCode = errorCode;
  }

  /** MySQL's error number for a rejected value, 0 when none applies. */
  public int errorCode() {
    return errorCode;
  }
}
