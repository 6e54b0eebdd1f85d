package dev.innosim.lock;

/** One lock object of a transaction, a record lock struct or a table lock. */
public sealed interface Lock permits LockStruct, TableLock {
  /** The owner. */
  TrxLocks trx();

  /** Creation order. */
  long seq();

  /** True while the lock waits to be granted. */
  boolean isWaiting();
}
