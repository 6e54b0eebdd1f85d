package dev.innosim.engine;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a statement's access path produces, locked as InnoDB locks them; mutable, resumable.
 * Handles multi-range scans, the server's end-of-range check and index merge intersection.
 */
final class RowSource {
  final Trx trx;
  final TableRt table;
  final List<Scan> scans = new ArrayList<>();
  /** Index merge keeps every lock: rows rejected inside the merge never reach the server layer. */
  final boolean intersect;
  private int current;
  // index merge state
  private boolean needFirst = true;
  private boolean advancing;
  private int qi;
  private int count;
  private Rec last;
  /** The scan that produced the last row (for RC unlock). */
  Scan rowScan;
  Rec rowClust;

  RowSource(Locking locks, Trx trx, TableRt table, AccessPath path, int mode, boolean lockClustered,
            boolean skipLocked, boolean noWait) {
    this.trx = trx;
    this.table = table;
    if (path instanceof AccessPath.Empty) {
      intersect = false;
    } else if (path instanceof AccessPath.FullScan f) {
      scans.add(new Scan(locks, trx, table, f.index(), Range.all(), mode, lockClustered, skipLocked, noWait));
      intersect = false;
    } else if (path instanceof AccessPath.IndexRanges r) {
      for (Range rg : r.ranges()) scans.add(new Scan(locks, trx, table, r.index(), rg, mode, lockClustered, skipLocked, noWait));
      intersect = false;
    } else {
      AccessPath.Intersect m = (AccessPath.Intersect) path;
      for (int i = 0; i < m.indexes().size(); i++) {
        IndexTree idx = m.indexes().get(i);
        scans.add(new Scan(locks, trx, table, idx, m.ranges().get(i), mode, i == 0 && lockClustered, skipLocked, noWait));
      }
      intersect = true;
    }
  }

  private boolean stopped;

  /** The next row that survives the server's end-of-range check, or why there is none yet. */
  Scan.Event next(StepContext step) {
    if (stopped) return Scan.Event.END;
    return intersect ? nextIntersect(step) : nextRange(step);
  }

  private Scan.Event nextRange(StepContext step) {
    while (current < scans.size()) {
      Scan s = scans.get(current);
      Scan.Event ev = s.next(step);
      if (ev == Scan.Event.END) {
        current++;
        continue;
      }
      if (ev != Scan.Event.ROW) return ev;
      if (s.pastEnd()) {
        s.unlockNew();
        s.end();
        current++;
        continue;
      }
      rowScan = s;
      rowClust = s.clust;
      return ev;
    }
    return Scan.Event.END;
  }

  private Scan.Event nextIntersect(StepContext step) {
    int n = scans.size();
    while (true) {
      if (needFirst) {
        Scan.Event ev = scans.get(0).next(step);
        if (ev != Scan.Event.ROW) return ev;
        last = scans.get(0).clust;
        count = 1;
        qi = 0;
        needFirst = false;
      }
      while (count < n) {
        if (!advancing) {
          qi = (qi + 1) % n;
          advancing = true;
        }
        Scan s = scans.get(qi);
        Scan.Event ev = s.next(step);
        if (ev != Scan.Event.ROW) return ev;
        int cmp = table.clustered.comparePrefix(s.clust.fields(), last.fields());
        if (cmp < 0) continue;
        advancing = false;
        if (cmp > 0) {
          last = s.clust;
          count = 1;
        } else {
          count++;
        }
      }
      needFirst = true;
      rowScan = null;
      rowClust = last;
      if (last == null || last.isDeleteMarked()) continue;
      return Scan.Event.ROW;
    }
  }

  /** Whether the next call would end without locking anything: every scan has ended (never known for index merge). */
  boolean exhausted() {
    if (stopped) return true;
    if (intersect) return false;
    for (int i = current; i < scans.size(); i++) if (!scans.get(i).isEnded()) return false;
    return true;
  }

  /** RC: releases what the last row's fetch locked (never for index merge). */
  void unlockRow() {
    if (!intersect && rowScan != null) rowScan.unlockNew();
  }

  /** Stops every scan (LIMIT reached, unique search done). */
  void stop() {
    stopped = true;
    current = scans.size();
    for (Scan s : scans) s.end();
  }

  /** True when the last row came from a unique search (the scan ends after it). */
  boolean lastWasUnique() {
    return rowScan != null && rowScan.range.unique();
  }

  void endCurrentRange() {
    if (!intersect && current < scans.size()) {
      scans.get(current).end();
    }
  }
}
