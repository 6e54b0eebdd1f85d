package dev.innosim.engine;

/** How a statement ended, in the scenario format's words; an immutable value. */
public record Outcome(Kind kind, int errorCode) {
  /** The outcome kinds. */
  public enum Kind { OK, ERROR, DEADLOCK, TIMEOUT, BLOCKED }

  public static final Outcome OK = new Outcome(Kind.OK, 0);
  public static final Outcome DEADLOCK = new Outcome(Kind.DEADLOCK, MySqlError.ER_LOCK_DEADLOCK);
  public static final Outcome TIMEOUT = new Outcome(Kind.TIMEOUT, MySqlError.ER_LOCK_WAIT_TIMEOUT);
  public static final Outcome BLOCKED = new Outcome(Kind.BLOCKED, 0);

  public static Outcome error(int code) { return new Outcome(Kind.ERROR, code); }

  /** {@code ok}, {@code error 1062}, {@code deadlock}, {@code timeout}, {@code blocked}. */
  public String text() {
    switch (kind) {
      case OK: return "ok";
      case ERROR: return "error " + errorCode;
      case DEADLOCK: return "deadlock";
      case TIMEOUT: return "timeout";
      default: return "blocked";
    }
  }

  @Override public String toString() { return text(); }
}
