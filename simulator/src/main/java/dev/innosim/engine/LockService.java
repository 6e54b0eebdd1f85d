package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.Rec;
import dev.innosim.index.RecordModifier;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Value;

/** The engine's {@link Locking}: the lock system plus implicit locks and reasons; holds no state of its own. */
final class LockService implements Locking {
  private final ServerProfile profile;
  private final LockSys lockSys;
  private final Catalog catalog;
  private final DeadlockResolver deadlocks;

  LockService(ServerProfile profile, LockSys lockSys, Catalog catalog, DeadlockResolver deadlocks) {
    this.profile = profile;
    this.lockSys = lockSys;
    this.catalog = catalog;
    this.deadlocks = deadlocks;
  }

  @Override public ServerProfile profile() { return profile; }

  @Override
  public Trx implicitHolder(Rec r) {
    RecordModifier m = r.lastModifier();
    return m instanceof Trx t && t.active ? t : null;
  }

  private Why implicit(Rec r, Trx requester) {
    return new Why(Why.Rule.IMPLICIT, catalog, null, r, requester.name());
  }

  @Override
  public RecordRequest lockRead(Trx trx, Rec r, int typeMode, boolean noWait, Why why) {
    if (!r.isSupremum()) {
      Trx holder = implicitHolder(r);
      if (holder != null && holder != trx) {
        lockSys.convertImplicit(holder, r, implicit(r, trx));
      } else if (holder == trx) {
        if (profile.ownImplicitLockMadeExplicit()) {
          lockSys.convertImplicit(holder, r, implicit(r, trx));
        } else if (isRecNotGap(typeMode)) {
          return RecordRequest.ALREADY_HELD;
        }
      }
    }
    return lockSys.lockRecord(trx, r, typeMode, noWait, why);
  }

  @Override
  public RecordRequest semiConsistentProbe(Trx trx, Rec r, int typeMode, Why why, StepContext step) {
    RecordRequest q = lockRead(trx, r, typeMode, false, why);
    if (!(q instanceof RecordRequest.MustWait)) return q;
    deadlocks.detect(trx, step);
    if (!trx.active) return null;
    if (!trx.isWaiting()) {
      lockSys.forgetGrant(trx);
      return RecordRequest.ALREADY_HELD;
    }
    lockSys.cancelWait(trx);
    return q;
  }

  @Override
  public Why why(Why.Rule rule, Trx trx, Rec r) {
    return new Why(rule, catalog, trx.statement(), r, null);
  }

  @Override
  public Why why(Why.Rule rule, Trx trx, Scan scan) {
    return new Why(rule, catalog, trx.statement(), null, null, scan);
  }

  @Override
  public RecordRequest modifyCheck(Trx trx, Rec r) {
    Trx holder = implicitHolder(r);
    if (holder != null && holder != trx) lockSys.convertImplicit(holder, r, implicit(r, trx));
    int tm = LOCK_X | LOCK_REC_NOT_GAP;
    if (lockSys.heldSatisfying(trx, r, tm) != null) return RecordRequest.ALREADY_HELD;
    if (lockSys.firstConflicting(trx, r, tm) == null) return RecordRequest.ALREADY_HELD;
    return lockSys.lockRecord(trx, r, tm, false, why(Why.Rule.MODIFY_CHECK, trx, r));
  }

  @Override
  public RecordRequest insertIntention(Trx trx, Rec next) {
    return lockSys.insertIntention(trx, next, false, why(Why.Rule.INSERT_INTENTION, trx, next));
  }

  @Override
  public void inheritOnInsert(Rec next, Rec inserted) {
    lockSys.inheritOnInsert(next, inserted);
  }

  @Override
  public RecordRequest lockTable(Trx trx, TableRt t, int mode, Why.Rule rule) {
    return lockSys.lockTable(trx, t.name(), mode, false, why(rule, trx, (Rec) null));
  }

  @Override
  public void releaseTableLock(Trx trx, TableRt t, int mode) {
    lockSys.releaseTableLock(trx, t.name(), mode);
  }

  @Override
  public boolean needsAutoIncLock(Trx trx, TableRt t, boolean unknownRowCount) {
    int m = profile.autoIncLockMode();
    if (m == 0) return true;
    if (m == 2) return false;
    return unknownRowCount || lockSys.otherHasTableLock(trx, t.name(), LOCK_AUTO_INC);
  }

  @Override
  public void unlockRow(Trx trx, Rec r, int mode) {
    lockSys.unlockRow(trx, r, mode);
  }

  @Override
  public Value[] committedVersion(Rec clust) {
    Trx holder = implicitHolder(clust);
    return holder == null ? clust.row() : holder.committedVersion(clust);
  }
}
