package dev.innosim.index;

/**
 * The lock queue the lock system keeps on one record; the index stores it and never looks inside
 * (as InnoDB's B-tree knows nothing of the lock hash).
 */
public interface RecordLocks {
  /** True when no lock is queued on the record. */
  boolean isEmpty();
}
