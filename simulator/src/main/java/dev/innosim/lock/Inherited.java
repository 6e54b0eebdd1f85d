package dev.innosim.lock;

import dev.innosim.index.Rec;

/**
 * Why a gap lock was created by the lock system itself: inherited from another record when a
 * record was removed ({@code lock_rec_inherit_to_gap}) or when an insert split a gap
 * ({@code lock_rec_inherit_to_gap_if_gap_lock}); immutable.
 *
 * @param from     the record the lock came from
 * @param fromTypeMode the type mode of the lock there
 * @param original why the original lock existed, or null
 */
public record Inherited(Cause cause, Rec from, int fromTypeMode, LockReason original) implements LockReason {
  /** The two ways a lock is inherited. */
  public enum Cause { RECORD_REMOVED, INSERT_SPLIT }

  @Override
  public boolean fromDuplicateCheck() {
    return original != null && original.fromDuplicateCheck();
  }

  @Override
  public String toString() {
    String mode = LockType.recordModeText(fromTypeMode);
    if (cause == Cause.INSERT_SPLIT) {
      return "an insert split the gap before " + from + ": the new record inherits the " + mode
          + " lock on that gap as a gap lock" + (original == null ? "" : " (that lock: " + original + ")");
    }
    return "record " + from + " was removed (rollback of its insert): its " + mode
        + " lock moves to the next record as a gap lock" + (original == null ? "" : " (that lock: " + original + ")");
  }
}
