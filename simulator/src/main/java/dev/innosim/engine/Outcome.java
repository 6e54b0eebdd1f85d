package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import java.util.Optional;

/** How a statement ended inside the engine; an immutable value. */
public record Outcome(Kind kind, Optional<MySqlError> error) {
  /** The outcome kinds. */
  public enum Kind { OK, ERROR, DEADLOCK, TIMEOUT, BLOCKED, PAUSED }

  public static final Outcome OK = new Outcome(Kind.OK, Optional.empty());
  public static final Outcome DEADLOCK = new Outcome(Kind.DEADLOCK, Optional.of(MySqlError.ER_LOCK_DEADLOCK));
  public static final Outcome TIMEOUT = new Outcome(Kind.TIMEOUT, Optional.of(MySqlError.ER_LOCK_WAIT_TIMEOUT));
  public static final Outcome BLOCKED = new Outcome(Kind.BLOCKED, Optional.empty());
  /** The statement stopped at its pause point (after the rows a {@code -- @pause} asked for); {@code RESUME} continues it. */
  public static final Outcome PAUSED = new Outcome(Kind.PAUSED, Optional.empty());

  public Outcome {
    if ((kind == Kind.ERROR) != error.isPresent() && kind != Kind.DEADLOCK && kind != Kind.TIMEOUT) {
      throw new IllegalArgumentException(kind + " with " + error);
    }
  }

  public static Outcome error(MySqlError e) { return new Outcome(Kind.ERROR, Optional.of(e)); }

  /** {@code ok}, {@code error 1062}, {@code deadlock}, {@code timeout}, {@code blocked}, {@code paused}. */
  public String text() {
    switch (kind) {
      case OK: return "ok";
      case ERROR: return "error " + error.get().code();
      case DEADLOCK: return "deadlock";
      case TIMEOUT: return "timeout";
      case PAUSED: return "paused";
      default: return "blocked";
    }
  }

  @Override public String toString() { return text(); }
}
