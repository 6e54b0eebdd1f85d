package dev.innosim.index;

/**
 * The record locks the lock system keeps on one page-like group of an index's records; the index
 * stores them and never looks inside (as InnoDB's B-tree knows nothing of the lock hash).
 */
public interface RecordLocks {
  /** True when no lock struct has a bit on the group. */
  boolean isEmpty();
}
