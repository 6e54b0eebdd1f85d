package dev.innosim.scenario;

/**
 * Bad input in a scenario file: {@link #getMessage()} is one line {@code file:line: message}
 * naming the offending text, cut when long ({@link dev.innosim.sql.Texts#message}).
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String file, int line, String message) {
    super((line > 0 ? file + ":" + line + ": " : file + ": ") + dev.innosim.sql.Texts.message(message));
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
