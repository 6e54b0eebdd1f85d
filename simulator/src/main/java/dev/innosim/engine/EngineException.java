package dev.innosim.engine;

/** Bad input found while executing (unknown table or column, a setup statement that would wait). */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EngineException(String message) { super(message); }
}
