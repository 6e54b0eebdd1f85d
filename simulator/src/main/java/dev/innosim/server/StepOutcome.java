package dev.innosim.server;

import dev.innosim.mysql.MySqlError;
import java.util.Optional;

/**
 * How one step ended, in the scenario format's words: {@code ok}, {@code error 1062},
 * {@code deadlock}, {@code timeout}, or {@code blocked -> } one of those; immutable values.
 */
public sealed interface StepOutcome permits StepOutcome.Final, StepOutcome.Blocked {

  /** The outcome as written after {@code -- expect:}. */
  String text();

  /** An outcome that ends the step (or a wait): the statement ended, or stopped at its pause point. */
  sealed interface Final extends StepOutcome permits Ok, Failed, DeadlockVictim, TimedOut, Paused {}

  /** The statement completed. */
  record Ok() implements Final {
    @Override public String text() { return "ok"; }
  }

  /** The statement failed with a server error (1062, 1205 from NOWAIT, ...); {@code code} is the server's number. */
  record Failed(int code) implements Final {
    public Failed {
      if (code <= 0) throw new IllegalArgumentException("error code " + code);
    }

    public static Failed of(MySqlError e) { return new Failed(e.code()); }

    /** The error, if innosim knows its number. */
    public Optional<MySqlError> error() { return MySqlError.byCode(code); }

    @Override public String text() { return "error " + code; }
  }

  /** The statement's transaction was chosen as a deadlock victim and rolled back (1213). */
  record DeadlockVictim() implements Final {
    @Override public String text() { return "deadlock"; }
  }

  /** The statement waited longer than the lock wait timeout (1205) and was rolled back. */
  record TimedOut() implements Final {
    @Override public String text() { return "timeout"; }
  }

  /**
   * The statement stopped between two rows at its pause point ({@code -- @pause Tn: after N rows});
   * a later {@code Tn: RESUME;} step continues it. Only the simulator pauses inside a statement.
   */
  record Paused() implements Final {
    @Override public String text() { return "paused"; }
  }

  /** The statement waited for a lock and later ended with {@code then}. */
  record Blocked(Final then) implements StepOutcome {
    @Override public String text() { return "blocked -> " + then.text(); }
  }

  Ok OK = new Ok();
  DeadlockVictim DEADLOCK = new DeadlockVictim();
  TimedOut TIMEOUT = new TimedOut();
  Paused PAUSED = new Paused();

  /** Whether the statement's transaction was rolled back as a deadlock victim, at once or after waiting. */
  default boolean isDeadlockVictim() {
    return this instanceof DeadlockVictim || (this instanceof Blocked b && b.then() instanceof DeadlockVictim);
  }

  /** Whether the statement waited. */
  default boolean waited() {
    return this instanceof Blocked;
  }

  /** The final outcome: this one, or what a blocked statement ended with. */
  default Final last() {
    return this instanceof Blocked b ? b.then() : (Final) this;
  }

  /**
   * Reads an outcome as written after {@code -- expect:}; empty for anything else (the caller
   * reports the file and line).
   */
  static Optional<StepOutcome> parse(String text) {
    String t = text.strip();
    if (t.startsWith("blocked")) {
      String rest = t.substring("blocked".length()).strip();
      if (!rest.startsWith("->")) return Optional.empty();
      return parseFinal(rest.substring(2).strip()).map(Blocked::new);
    }
    return parseFinal(t).map(f -> f);
  }

  /** Reads {@code ok}, {@code error N}, {@code deadlock}, {@code timeout} or {@code paused}. */
  static Optional<Final> parseFinal(String text) {
    String t = text.strip();
    switch (t) {
      case "ok": return Optional.of(OK);
      case "deadlock": return Optional.of(DEADLOCK);
      case "timeout": return Optional.of(TIMEOUT);
      case "paused": return Optional.of(PAUSED);
      default:
        if (t.matches("error [1-9][0-9]{0,5}")) return Optional.of(new Failed(Integer.parseInt(t.substring(6))));
        return Optional.empty();
    }
  }
}
