package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Value;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link Locking} that, while recording, notes every record the scan, row and insert code asks
 * about (conservatively: a lock request, granted or not, is a write of the record's queue; a look
 * at a record or its implicit owner is a read) and every table lock queue; mutable.
 */
final class FootprintLocking implements Locking {
  private final Locking inner;
  private boolean recording;
  private final Set<String> reads = new HashSet<>();
  private final Set<String> writes = new HashSet<>();

  FootprintLocking(Locking inner) {
    this.inner = inner;
  }

  /** Starts (or stops) noting what the next calls touch, from nothing. */
  void record(boolean on) {
    recording = on;
    reads.clear();
    writes.clear();
  }

  boolean recording() { return recording; }

  void write(String resource) {
    if (recording) writes.add(resource);
  }

  /** What was noted since {@link #record}. */
  Footprint footprint() {
    return new Footprint(reads, writes);
  }

  static String name(Rec r) {
    return r.index().table() + "." + r.index().name() + (r.isSupremum() ? " supremum" : Arrays.toString(r.fields()));
  }

  private void read(Rec r) {
    if (recording) reads.add(name(r));
  }

  private void write(Rec r) {
    if (recording) writes.add(name(r));
  }

  @Override public ServerProfile profile() { return inner.profile(); }

  @Override
  public RecordRequest lockRead(Trx trx, Rec r, int typeMode, boolean noWait, Why why) {
    write(r);
    return inner.lockRead(trx, r, typeMode, noWait, why);
  }

  @Override
  public RecordRequest modifyCheck(Trx trx, Rec r) {
    write(r);
    return inner.modifyCheck(trx, r);
  }

  @Override
  public RecordRequest insertIntention(Trx trx, Rec next) {
    write(next);
    return inner.insertIntention(trx, next);
  }

  @Override
  public void inheritOnInsert(Rec next, Rec inserted) {
    write(next);
    write(inserted);
    inner.inheritOnInsert(next, inserted);
  }

  @Override
  public RecordRequest lockTable(Trx trx, TableRt t, int mode, Why.Rule rule) {
    RecordRequest r = inner.lockTable(trx, t, mode, rule);
    // a granted intention lock commutes with every other granted intention lock: no request the
    // engine makes depends on their order in the table's queue (IS / IX conflict only with S, X
    // and AUTO-INC is checked against every lock of the queue), so it only reads the queue
    boolean intention = mode == dev.innosim.lock.LockType.LOCK_IS || mode == dev.innosim.lock.LockType.LOCK_IX;
    if (recording) {
      (r instanceof RecordRequest.AlreadyHeld || intention && r instanceof RecordRequest.Granted ? reads : writes).add("table " + t.name());
    }
    return r;
  }

  @Override
  public void releaseTableLock(Trx trx, TableRt t, int mode) {
    write("table " + t.name());
    inner.releaseTableLock(trx, t, mode);
  }

  @Override public boolean needsAutoIncLock(Trx trx, TableRt t, boolean unknownRowCount) {
    return inner.needsAutoIncLock(trx, t, unknownRowCount);
  }

  @Override
  public void unlockRow(Trx trx, Rec r, int mode) {
    write(r);
    inner.unlockRow(trx, r, mode);
  }

  @Override
  public Trx implicitHolder(Rec r) {
    read(r);
    return inner.implicitHolder(r);
  }

  @Override
  public Value[] committedVersion(Rec clust) {
    read(clust);
    return inner.committedVersion(clust);
  }

  @Override
  public RecordRequest semiConsistentProbe(Trx trx, Rec r, int typeMode, Why why, StepContext step) {
    write(r);
    return inner.semiConsistentProbe(trx, r, typeMode, why, step);
  }

  @Override
  public void observe(Rec r) {
    read(r);
  }

  @Override public Why why(Why.Rule rule, Trx trx, Rec r) { return inner.why(rule, trx, r); }

  @Override public Why why(Why.Rule rule, Trx trx, Scan scan) { return inner.why(rule, trx, scan); }
}
