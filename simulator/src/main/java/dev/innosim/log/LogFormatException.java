package dev.innosim.log;

/**
 * Bad input to the log reader or decoder: the file, the 1-based line and the offending text, as
 * one line {@code file:line: message: text}; immutable.
 */
public final class LogFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_TEXT = 80;
  private final String file;
  private final int line;

  public LogFormatException(String file, int line, String message, String text) {
    super(file + ":" + line + ": " + message + (text == null || text.isEmpty() ? "" : ": " + cut(text)));
    this.file = file;
    this.line = line;
  }

  /** The file the input came from. */
  public String file() { return file; }

  /** The 1-based line of the offending text (0 when the whole file is at fault). */
  public int line() { return line; }

  static String cut(String text) {
    String t = text.strip().replace('\n', ' ');
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "...";
  }

  @Override public synchronized Throwable fillInStackTrace() { return this; }
}
