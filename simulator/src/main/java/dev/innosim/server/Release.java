package dev.innosim.server;

import dev.innosim.mysql.SessionId;

/** A statement that had blocked and ended during a later step (or at the end of the script); immutable. */
public record Release(SessionId session, StepOutcome.Final outcome) {
  /** {@code T2 -> ok}, as after {@code -- released:}. */
  public String text() { return session.name() + " -> " + outcome.text(); }
}
