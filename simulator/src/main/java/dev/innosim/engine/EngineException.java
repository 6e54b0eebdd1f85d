package dev.innosim.engine;

/** Bad input found while executing (unknown table or column, a setup statement that would wait). */
public final class EngineException extends RuntimeException {
  public EngineException(String message) { super(message); }
}
