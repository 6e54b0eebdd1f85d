package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Value;

/**
 * What the scan, row and insert code may ask of the lock system, and nothing more (as Derby's
 * {@code BTreeLockingPolicy}: the B-tree wants to know as little about locking as possible):
 * lock requests with their implicit-lock handling, and the reason recorded on each lock.
 */
interface Locking {
  /** The server whose locking rules apply. */
  ServerProfile profile();

  /**
   * {@code lock_clust_rec_read_check_and_lock} / {@code lock_sec_rec_read_check_and_lock}: converts
   * another transaction's implicit lock, then requests the lock.
   */
  RecordRequest lockRead(Trx trx, Rec r, int typeMode, boolean noWait, Why why);

  /** {@code lock_*_rec_modify_check_and_lock}: waits only for another transaction's conflicting lock; creates nothing when granted. */
  RecordRequest modifyCheck(Trx trx, Rec r);

  /** {@code lock_rec_insert_check_and_lock}: may {@code trx} insert into the gap before {@code next}? */
  RecordRequest insertIntention(Trx trx, Rec next);

  /** A record was inserted before {@code next}: it inherits the gap locks on {@code next}. */
  void inheritOnInsert(Rec next, Rec inserted);

  /** An intention (or AUTO-INC) lock on a table, for the reason {@code rule}. */
  RecordRequest lockTable(Trx trx, TableRt t, int mode, Why.Rule rule);

  /** Releases the statement's AUTO-INC lock early. */
  void releaseTableLock(Trx trx, TableRt t, int mode);

  /** Whether an INSERT must take the AUTO-INC table lock ({@code innodb_autoinc_lock_mode}). */
  boolean needsAutoIncLock(Trx trx, TableRt t, boolean unknownRowCount);

  /** RC {@code unlock_row}: releases {@code trx}'s lock of this mode on {@code r}. */
  void unlockRow(Trx trx, Rec r, int mode);

  /** The active transaction holding an implicit lock on {@code r}, or null. */
  Trx implicitHolder(Rec r);

  /** The last committed version of a clustered record's row, or null if it was never committed. */
  Value[] committedVersion(Rec clust);

  /**
   * 5.7's semi-consistent read: the waiting request is enqueued and the deadlock check runs before
   * it is cancelled. Returns the request's fate: granted (the other side was rolled back), still
   * conflicting (cancelled), or the requester itself was the victim ({@code null}).
   */
  RecordRequest semiConsistentProbe(Trx trx, Rec r, int typeMode, Why why, StepContext step);

  /** A cursor looked at {@code r} (its key, delete mark or row) without asking for a lock on it. */
  default void observe(Rec r) {}

  /** The reason for a lock {@code trx}'s running statement takes by {@code rule} on {@code r}. */
  Why why(Why.Rule rule, Trx trx, Rec r);

  /** The reason for a lock a scan takes by {@code rule}; the scan describes where. */
  Why why(Why.Rule rule, Trx trx, Scan scan);
}
