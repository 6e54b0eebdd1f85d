package dev.innosim.bench;

import dev.innosim.lock.TrxLocks;
import dev.innosim.schema.IsolationLevel;

/** A bare REPEATABLE READ transaction for driving the lock system directly; mutable. */
final class BenchTrx extends TrxLocks {
  BenchTrx(int id) {
    super(id, "T" + id);
  }

  @Override public IsolationLevel isolation() { return IsolationLevel.REPEATABLE_READ; }

  @Override public boolean duplicates() { return false; }
}
