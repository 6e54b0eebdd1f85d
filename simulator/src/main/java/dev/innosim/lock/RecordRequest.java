package dev.innosim.lock;

/** The outcome of one record or table lock request; an immutable value. */
public sealed interface RecordRequest {

  /** The request was granted: a bit was set or a struct created ({@code DB_SUCCESS_LOCKED_REC}). */
  record Granted() implements RecordRequest {}

  /** The transaction already held a lock at least as strong ({@code DB_SUCCESS}); nothing was created. */
  record AlreadyHeld() implements RecordRequest {}

  /** A waiting lock was enqueued behind {@code blocker}'s lock. */
  record MustWait(TrxLocks blocker) implements RecordRequest {}

  /** NOWAIT / SKIP LOCKED: the request would have waited for {@code blocker}; nothing was enqueued. */
  record WouldWait(TrxLocks blocker) implements RecordRequest {}

  Granted GRANTED = new Granted();
  AlreadyHeld ALREADY_HELD = new AlreadyHeld();

  default boolean isGranted() { return this instanceof Granted || this instanceof AlreadyHeld; }
}
