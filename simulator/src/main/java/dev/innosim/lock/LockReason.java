package dev.innosim.lock;

/**
 * Why a lock exists: the rule that created it and where it applied; its {@link #toString()} is
 * the sentence that explains it, formatted only when printed.
 */
public interface LockReason {
  /**
   * True when a duplicate-key check took the lock (directly, or it was inherited from such a
   * lock): such locks keep gaps even under READ COMMITTED.
   */
  boolean fromDuplicateCheck();
}
