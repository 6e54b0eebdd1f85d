package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.plan.Planner;
import dev.innosim.plan.Range;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Value;
import java.util.List;
import java.util.function.Predicate;

/**
 * One locking cursor over one interval of one index, following {@code row_search_mvcc}'s
 * per-record decisions (spec 3.1); mutable, resumable: after {@link Event#BLOCKED} the same call
 * is repeated once the lock is granted and re-requests the same record.
 */
final class Scan {
  enum Event { ROW, END, BLOCKED, WOULD_WAIT, VICTIM }

  private enum Phase { START, LOCK, AFTER_LOCK, CLUST, ADVANCE }

  private final Locking locks;
  private final ServerProfile profile;
  final Trx trx;
  final TableRt table;
  final IndexTree index;
  final Range range;
  /** LOCK_S, LOCK_X, or -1 for a consistent (non-locking) read. */
  final int mode;
  final boolean lockClustered;
  final boolean rc;
  final boolean skipLocked;
  final boolean noWait;
  /** RC semi-consistent UPDATE: does the last committed version of a row match? */
  Predicate<Value[]> semiConsistentMatch;
  /** Index condition pushdown: the end of a secondary range is checked before the clustered lookup. */
  boolean icp;
  /** ORDER BY ... DESC served by the index: the cursor moves down from the end of the range. */
  boolean descending;
  Rec pos;
  Rec clust;
  boolean newSec;
  boolean newClust;
  /**
   * The fetch of the current record resumes after a wait for its clustered record: InnoDB keeps
   * the flag saying this fetch created the secondary lock (row_search_mvcc's {@code new_rec_lock}
   * survives the {@code goto rec_loop}), so an RC unlock still releases it.
   */
  private boolean resumedAfterClusteredWait;
  private Phase phase = Phase.START;
  private boolean first;
  private boolean ended;

  Scan(Locking locks, Trx trx, TableRt table, IndexTree index, Range range, int mode, boolean lockClustered,
       boolean skipLocked, boolean noWait) {
    this.locks = locks;
    this.profile = locks.profile();
    this.trx = trx;
    this.table = table;
    this.index = index;
    this.range = range;
    this.mode = mode;
    this.lockClustered = lockClustered;
    this.rc = trx.isolation().skipsGapLocks();
    this.skipLocked = skipLocked;
    this.noWait = noWait;
  }

  boolean locking() { return mode >= 0; }

  /** Ends the scan (the server saw the end of the range or a LIMIT). */
  void end() { ended = true; }

  boolean isEnded() { return ended; }

  /** The next row, or why there is none yet ({@code step} receives deadlocks a 5.7 semi-consistent probe resolves). */
  Event next(StepContext step) {
    while (true) {
      if (ended) return Event.END;
      if (phase == Phase.START && descending) {
        // position on the last record of the range; in RR the record above it gets a gap lock
        // first, "to prevent phantoms in ORDER BY ... DESC" (row_search_mvcc)
        Value[] top = range.exact() ? range.low() : range.high();
        boolean topIncl = range.exact() || range.highInclusive();
        Rec above = top == null ? index.supremum() : index.seek(top, topIncl);
        locks.observe(above);
        if (locking() && !rc) {
          RecordRequest r = locks.lockRead(trx, above, mode | (above.isSupremum() ? 0 : LOCK_GAP), noWait || skipLocked,
              why(Why.Rule.SCAN_DESCENDING_GAP));
          if (r instanceof RecordRequest.MustWait) return Event.BLOCKED;
        }
        pos = index.prev(above);
        if (pos == null) {
          ended = true;
          return Event.END;
        }
        first = false;
        phase = Phase.LOCK;
      } else if (phase == Phase.START) {
        pos = range.low() == null ? index.first() : index.seek(range.low(), !range.lowInclusive());
        first = true;
        phase = Phase.LOCK;
      } else if (phase == Phase.ADVANCE && descending) {
        pos = index.prev(pos);
        if (pos == null) {
          ended = true;
          return Event.END;
        }
        phase = Phase.LOCK;
      } else if (phase == Phase.ADVANCE) {
        pos = pos.isRemoved() ? index.successorOf(pos.fields()) : index.next(pos);
        first = false;
        phase = Phase.LOCK;
      }
      if (pos.isRemoved()) pos = index.successorOf(pos.fields());
      if (phase == Phase.LOCK) locks.observe(pos);
      if (phase == Phase.LOCK) {
        if (pos.isSupremum()) {
          if (locking() && !rc) {
            RecordRequest r = locks.lockRead(trx, pos, mode, noWait || skipLocked, why(Why.Rule.SCAN_SUPREMUM));
            if (r instanceof RecordRequest.MustWait) return Event.BLOCKED;
          }
          ended = true;
          return Event.END;
        }
        if (range.exact() && index.comparePrefix(pos.fields(), range.low()) != 0) {
          if (locking() && !rc) {
            RecordRequest r = locks.lockRead(trx, pos, mode | LOCK_GAP, noWait || skipLocked, why(Why.Rule.SCAN_GAP_NO_MATCH));
            if (r instanceof RecordRequest.MustWait) return Event.BLOCKED;
          }
          ended = true;
          return Event.END;
        }
        boolean keepNewSec = resumedAfterClusteredWait && !pos.isRemoved();
        resumedAfterClusteredWait = false;
        if (!keepNewSec) newSec = false;
        newClust = false; // the previous row's clustered lock is not this fetch's to release
        if (endFound && locking()) {
          // 8.0 range-end optimisation: after an inclusive end key that exists, stop without a lock
          ended = true;
          return Event.END;
        }
        if (rangeEndCheck() && !Planner.inside(index, pos, range)) {
          // 8.0: the first clustered record past the range gets a GAP lock and ends the scan
          if (locking() && !rc) {
            RecordRequest r = locks.lockRead(trx, pos, mode | LOCK_GAP, noWait || skipLocked, why(Why.Rule.SCAN_PAST_RANGE_GAP));
            if (r instanceof RecordRequest.MustWait) return Event.BLOCKED;
          }
          ended = true;
          return Event.END;
        }
        if (locking() && rc && pos.isDeleteMarked() && locks.implicitHolder(pos) == null
            && profile.rcSkipsCommittedDeleteMarked()) {
          // RC does not lock committed delete-marked records (MariaDB; errata point 6)
          if (index.isClustered() && range.unique()) {
            ended = true;
            return Event.END;
          }
          phase = Phase.ADVANCE;
          continue;
        }
        if (locking()) {
          int typeMode = mode | recordLockType();
          Why why = why(rule);
          boolean trySemi = semiConsistentMatch != null && index.isClustered();
          RecordRequest r = locks.lockRead(trx, pos, typeMode, noWait || skipLocked || trySemi, why);
          if (r instanceof RecordRequest.WouldWait) {
            if (trySemi && !skipLocked && !noWait) {
              if (profile.semiConsistentChecksDeadlock()) {
                RecordRequest probe = locks.semiConsistentProbe(trx, pos, typeMode, why, step);
                if (probe == null) return Event.VICTIM;
                if (probe.isGranted()) {
                  newSec = false;
                  phase = Phase.AFTER_LOCK;
                  continue;
                }
              }
              Value[] committed = locks.committedVersion(pos);
              if (committed == null || !semiConsistentMatch.test(committed)) {
                phase = Phase.ADVANCE;
                continue;
              }
              r = locks.lockRead(trx, pos, typeMode, false, why);
            } else if (skipLocked) {
              phase = Phase.ADVANCE;
              continue;
            } else {
              return Event.WOULD_WAIT;
            }
          }
          if (r instanceof RecordRequest.MustWait) return Event.BLOCKED;
          if (!(keepNewSec && r instanceof RecordRequest.AlreadyHeld)) newSec = r instanceof RecordRequest.Granted;
        }
        if (rangeEndCheck() && range.highInclusive() && range.high().length == index.keyFieldCount()
            && index.comparePrefix(pos.fields(), range.high()) == 0) {
          endFound = true;
        }
        phase = Phase.AFTER_LOCK;
      }
      if (phase == Phase.AFTER_LOCK) {
        if (pos.isDeleteMarked()) {
          if (rc && newSec && (index.isClustered() || profile.rcUnlocksSecondaryScans())) {
            locks.unlockRow(trx, pos, mode);
          }
          if (index.isClustered() && range.unique()) {
            ended = true;
            return Event.END;
          }
          phase = Phase.ADVANCE;
          continue;
        }
        // the clustered lock of the previous row is that row's: the server kept it, no unlock of
        // this position may release it (rules14-select-star-secondary-range-rc, MySQL 9.7)
        newClust = false;
        if (icp && !index.isClustered() && !range.exact() && pastEnd()) {
          // ICP_OUT_OF_RANGE: the scan ends here; the secondary record keeps its lock
          unlockNew();
          ended = true;
          return Event.END;
        }
        clust = table.clusteredOf(index, pos);
        phase = index.isClustered() || !lockClustered || !locking() ? null : Phase.CLUST;
        if (phase == null) {
          phase = Phase.ADVANCE;
          return Event.ROW;
        }
      }
      if (phase == Phase.CLUST) {
        RecordRequest r = locks.lockRead(trx, clust, mode | LOCK_REC_NOT_GAP, noWait || skipLocked, why(Why.Rule.SCAN_CLUSTERED));
        if (r instanceof RecordRequest.WouldWait) {
          if (skipLocked) {
            phase = Phase.ADVANCE;
            continue;
          }
          return Event.WOULD_WAIT;
        }
        if (r instanceof RecordRequest.MustWait) {
          phase = Phase.LOCK;
          resumedAfterClusteredWait = true;
          return Event.BLOCKED;
        }
        // a clustered lock granted after a wait is kept by READ COMMITTED's unlock of a row that no
        // longer matches, the secondary entry is released (row_search_mvcc's new_rec_locks after
        // the wait; rules14-rc-wait-primary-no-match-rc, MySQL 9.7)
        newClust = r instanceof RecordRequest.Granted;  // after a wait the re-request finds it already held
        if (clust.isDeleteMarked()) {
          if (rc) unlockNew();
          phase = Phase.ADVANCE;
          continue;
        }
        phase = Phase.ADVANCE;
        return Event.ROW;
      }
    }
  }

  private boolean endFound;

  private final Why[] whys = new Why[Why.Rule.values().length];

  /** The reason for a lock this scan takes, one shared value per rule (the lock's record is shown beside it). */
  private Why why(Why.Rule rule) {
    Why w = whys[rule.ordinal()];
    if (w == null) {
      w = locks.why(rule, trx, this);
      whys[rule.ordinal()] = w;
    }
    return w;
  }

  @Override
  public String toString() {
    return describe();
  }

  /** {@code scan of idx_k for k = 20}, {@code full scan of PRIMARY}, {@code scan of PRIMARY for id in [10, 20]}. */
  private String describe() {
    List<IndexTree.Field> fs = index.fields();
    if (range.low() == null && range.high() == null) return "full scan of " + index.name();
    StringBuilder b = new StringBuilder("scan of ").append(index.name()).append(" for ");
    Value[] key = range.low() != null ? range.low() : range.high();
    StringBuilder cols = new StringBuilder();
    for (int i = 0; i < key.length; i++) cols.append(i == 0 ? "" : ", ").append(fs.get(i).column());
    b.append(key.length > 1 ? "(" + cols + ")" : cols);
    if (range.exact()) return b.append(" = ").append(tuple(range.low())).toString();
    b.append(" in ").append(range.low() == null ? "(-inf" : (range.lowInclusive() ? "[" : "(") + tuple(range.low()));
    b.append(", ").append(range.high() == null ? "+inf)" : tuple(range.high()) + (range.highInclusive() ? "]" : ")"));
    return b.toString();
  }

  private static String tuple(Value[] v) {
    if (v.length == 1) return String.valueOf(v[0]);
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : ", ").append(v[i]);
    return b.append(')').toString();
  }

  /** 8.0 compares clustered records with the end of an ascending range before locking them. */
  private boolean rangeEndCheck() {
    return profile.rangeEndGapOptimisation() && !descending && !rc && index.isClustered() && !range.exact()
        && range.high() != null && !pos.isSupremum();
  }

  /** The lock type of a record the cursor stops on (spec 3.1 rule 3). */
  private Why.Rule rule;

  private int recordLockType() {
    if (rc) {
      rule = Why.Rule.SCAN_RC_RECORD;
      return LOCK_REC_NOT_GAP;
    }
    if (range.unique()) {
      rule = Why.Rule.SCAN_UNIQUE;
      if (index.isClustered()) return LOCK_REC_NOT_GAP;
      if (!pos.isDeleteMarked()) {
        if (profile.uniqueSecondaryEqualityNextKey()) {
          rule = Why.Rule.SCAN_UNIQUE_SECONDARY_NEXT_KEY;
          return LOCK_ORDINARY;
        }
        return LOCK_REC_NOT_GAP;
      }
      rule = Why.Rule.SCAN_DELETE_MARKED;
      return LOCK_ORDINARY;
    }
    if (index.isClustered() && first && !range.exact() && range.low() != null && range.lowInclusive()
        && range.low().length == index.keyFieldCount() && index.comparePrefix(pos.fields(), range.low()) == 0) {
      rule = Why.Rule.SCAN_GE_EXACT;
      return LOCK_REC_NOT_GAP;
    }
    rule = !range.exact() && !Planner.inside(index, pos, range) ? Why.Rule.SCAN_PAST_RANGE : Why.Rule.SCAN_NEXT_KEY;
    return LOCK_ORDINARY;
  }

  /** True when the current record lies past the server's end of the range (below its start when descending). */
  boolean pastEnd() {
    if (range.exact()) return false;
    if (descending) {
      if (range.low() == null) return false;
      int c = index.comparePrefix(pos.fields(), range.low());
      return c < 0 || (c == 0 && !range.lowInclusive());
    }
    return !Planner.inside(index, pos, range);
  }

  /** RC {@code unlock_row}: releases the locks this row fetch created. */
  void unlockNew() {
    if (!rc || !locking()) return;
    if (!index.isClustered() && !profile.rcUnlocksSecondaryScans()) return;
    if (newSec) locks.unlockRow(trx, pos, mode);
    if (newClust && clust != null && clust != pos) locks.unlockRow(trx, clust, mode);
    newSec = false;
    newClust = false;
  }
}
