package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Plan;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One statement being executed: resumable after a lock wait, as InnoDB's row operations are
 * (the same record is requested again and is then "already held"); mutable, single-threaded.
 */
abstract class Exec {
  /**
   * ABORTED: the statement's transaction was rolled back as a deadlock victim while it ran (already
   * reported); PAUSED: it stopped between two rows at its pause point and keeps its position.
   */
  enum Status { DONE, BLOCKED, FAILED, ABORTED, PAUSED }

  final Services sv;
  final Session session;
  final Trx trx;
  final Statement stmt;
  final int savepoint;
  MySqlError errorCode;
  /** True once the step that issued it ended with it still waiting. */
  boolean reportedBlocked;
  /** An autocommit statement: its transaction commits when it ends. */
  boolean autocommit;
  /** Step number (scenario order) that issued it. */
  int stepNo;
  long rows;
  /** Rows the statement has finished with (locked and processed, matched or not): its position between rows. */
  long progress;
  /** Pause after this many more rows (0: run to the end); counted from {@link #pauseFrom}. */
  private int pauseAfter;
  private long pauseFrom;
  /** True while the statement is stopped at its pause point. */
  boolean paused;

  Exec(Services sv, Session session, Trx trx, Statement stmt) {
    this.sv = sv;
    this.session = session;
    this.trx = trx;
    this.stmt = stmt;
    this.savepoint = trx.undo.size();
  }

  /** Runs (or resumes) the statement; {@code step} receives what it causes besides its status. */
  abstract Status run(StepContext step);

  /** From now on the statement stops after {@code rows} more rows (0: it runs to its end). */
  void pauseAfter(int rows) {
    pauseAfter = rows;
    pauseFrom = progress;
  }

  /**
   * Whether the statement stops here, between two rows: its pause point is reached and it has rows
   * left ({@code more}); the pause is used up.
   */
  boolean pauseDue(boolean more) {
    if (pauseAfter <= 0 || progress - pauseFrom < pauseAfter || !more) return false;
    pauseAfter = 0;
    return true;
  }

  /** Called once when the statement ends, whatever the outcome (AUTO-INC release). */
  void finish() {}

  Status fail(MySqlError code) {
    errorCode = code;
    return Status.FAILED;
  }

  /** A statement the server rejects before executing it (e.g. syntax the profile's server lacks). */
  static final class Fails extends Exec {
    Fails(Services sv, Session session, Trx trx, Statement stmt, MySqlError code) {
      super(sv, session, trx, stmt);
      this.errorCode = code;
    }

    @Override
    Status run(StepContext step) { return Status.FAILED; }
  }

  // ---------------------------------------------------------------- locking reads, UPDATE, DELETE

  /** SELECT ... FOR UPDATE / LOCK IN SHARE MODE, UPDATE and DELETE: scan, evaluate, process. */
  static final class ScanExec extends Exec {
    final TableRt table;
    /** The WHERE; replaced once by {@link #prelude} when it has run. */
    Optional<Expr> where;
    final Optional<Long> limit;
    final RowSource source;
    final Kind kind;
    final List<Statement.Assignment> assignments;
    final Set<Rec> touched = new HashSet<>();
    RowOps pending;
    boolean tableLocked;
    final int tableMode;
    final boolean empty;
    /**
     * A SELECT of at most one row by a whole unique key: the optimizer reads it as a const table
     * while it plans (EXPLAIN {@code const}), so its thread waits in stage {@code statistics}.
     */
    final boolean constTable;

    enum Kind { SELECT, UPDATE, DELETE }

    ScanExec(Services sv, Session session, Trx trx, Statement stmt, TableRt table, Kind kind, int lockMode,
             Optional<Expr> where, Plan plan,
             List<Statement.Assignment> assignments, List<String> referenced, boolean skipLocked, boolean noWait) {
      super(sv, session, trx, stmt);
      this.table = table;
      this.kind = kind;
      this.where = where;
      this.limit = plan.limit();
      this.assignments = assignments;
      this.tableMode = lockMode == LOCK_S ? LOCK_IS : LOCK_IX;
      AccessPath path = plan.path();
      this.empty = path instanceof AccessPath.Empty;
      this.constTable = kind == Kind.SELECT && path instanceof AccessPath.IndexRanges r && r.ranges().size() == 1
          && r.ranges().get(0).exact() && r.ranges().get(0).unique();
      boolean lockClust = lockMode == LOCK_X || referenced == null
          || (!empty && !table.covers(path.primaryIndex(), referenced));
      this.source = new RowSource(sv.locks(), trx, table, path, lockMode, lockClust, skipLocked, noWait);
      // index condition pushdown: a secondary range that is not covering checks the end of the
      // range inside InnoDB, before the clustered record is read and locked; only SELECTs push it
      // down (UPDATE and DELETE lock the clustered record of the entry past the range: recorded
      // on both servers in rules14-update/delete-secondary-range-*)
      boolean icp = kind == Kind.SELECT && !empty && !path.primaryIndex().isClustered()
          && (referenced == null || !table.covers(path.primaryIndex(), referenced));
      // a backward scan checks the end of its range inside InnoDB only on MySQL; MariaDB's SQL layer
      // ends it after the row past the range is read and locked (rules14-select-desc-limit-*)
      boolean pushedEnd = icp && (!plan.descending() || sv.profile().icpEndsBackwardScans());
      for (Scan s : source.scans) s.icp = pushedEnd;
      if (plan.descending()) {
        // ORDER BY ... DESC served by the index: the ranges in reverse order, each read backwards
        java.util.Collections.reverse(source.scans);
        for (Scan s : source.scans) s.descending = true;
      }
      // sql_update.cc used_key_is_modified: an UPDATE that changes the columns of the index it
      // scans (the primary key for a table scan) reads every row first, then updates them
      this.sort = plan.sort();
      this.buffered = sort.isPresent() && !empty
          || kind == Kind.UPDATE && !empty && modifiesKeyOf(table, path.primaryIndex(), assignments);
      if (kind == Kind.UPDATE && trx.isolation().skipsGapLocks() && !empty && !(path instanceof AccessPath.Intersect)
          && path.primaryIndex().isClustered() && !allUnique(path)) {
        for (Scan s : source.scans) s.semiConsistentMatch = row -> Rows.matches(table, where, row);
      }
    }

    /**
     * A semi-join's test of the row against a materialised subquery (MariaDB's locking SELECT with
     * IN (SELECT ...)): a row that fails it is not unlocked, as it failed the join, not the WHERE.
     */
    Optional<Expr> semiJoinFilter = Optional.empty();

    /**
     * Work the server does when the scan's first row is in hand, before it tests the row: MariaDB
     * executes a statement's subqueries then ({@link SubqueryExec}); null when there is none.
     */
    Prelude prelude;
    /** The prelude waited on the current row: test it again instead of fetching the next. */
    private boolean resumeRow;

    final boolean buffered;
    /** An UPDATE's or DELETE's sort before its LIMIT: the buffered rows are sorted, then the first LIMIT changed. */
    private final Plan.Sort sort;
    private final List<Rec> bufferedRows = new ArrayList<>();
    private int bufferedNext = -1;

    static boolean modifiesKeyOf(TableRt table, IndexTree idx, List<Statement.Assignment> as) {
      for (Statement.Assignment a : as) {
        for (int i = 0; i < idx.keyFieldCount(); i++) {
          if (idx.fields().get(i).column().equalsIgnoreCase(a.column())) return true;
        }
        if (!idx.isClustered()) {
          for (IndexTree.Field f : table.clustered.fields()) if (f.column().equalsIgnoreCase(a.column())) return true;
        }
      }
      return false;
    }

    /** Runs the pending row operation; DONE once it has finished (the row counted), else its status. */
    private Status runPending() {
      Status s = pending.run();
      if (s != Status.DONE) {
        if (s == Status.FAILED) errorCode = pending.errorCode;
        return s;
      }
      pending = null;
      rows++;
      return Status.DONE;
    }

    /**
     * Second phase of a buffered UPDATE or DELETE: each row read in the first phase (sorted first
     * when the statement sorts before its LIMIT) is changed in turn.
     */
    private Status runBuffered() {
      Optional<Long> max = sort.isPresent() ? sort.limit() : limit;
      while (true) {
        if (pending != null) {
          Status s = runPending();
          if (s != Status.DONE) return s;
        }
        if (bufferedNext >= bufferedRows.size() || max.isPresent() && rows >= max.get()) return Status.DONE;
        if (pauseDue(true)) return Status.PAUSED;
        Rec clust = bufferedRows.get(bufferedNext++);
        progress++;
        if (clust.isDeleteMarked() || clust.isRemoved()) continue;
        Value[] row = clust.row();
        if (!Rows.matches(table, where, row)) continue;
        pending = kind == Kind.DELETE ? RowOps.delete(sv, trx, table, clust)
            : RowOps.update(sv, trx, table, clust, Rows.applyAssignments(table, row, assignments, null), touched);
      }
    }

    /** The buffered rows in the statement's ORDER BY (a stable sort: ties keep the scan order). */
    private void sortBuffered() {
      java.util.Comparator<Rec> byColumns = (a, b) -> {
        for (String c : sort.columns()) {
          int i = table.def.columnIndex(c);
          int r = dev.innosim.schema.Values.compare(a.row()[i], b.row()[i], table.def.columns().get(i).collation());
          if (r != 0) return r;
        }
        return 0;
      };
      bufferedRows.sort(sort.descending() ? byColumns.reversed() : byColumns);
    }

    private static boolean allUnique(AccessPath p) {
      return p instanceof AccessPath.IndexRanges r && r.ranges().stream().allMatch(x -> x.unique());
    }

    @Override
    Status run(StepContext step) {
      if (empty) return Status.DONE;
      if (!tableLocked) {
        RecordRequest r = sv.locks().lockTable(trx, table, tableMode, Why.Rule.TABLE_INTENTION);
        if (r instanceof RecordRequest.MustWait) return Status.BLOCKED;
        tableLocked = true;
      }
      if (bufferedNext >= 0) return runBuffered();
      while (true) {
        if (pending != null) {
          Status s = runPending();
          if (s != Status.DONE) return s;
          if (source.lastWasUnique()) source.endCurrentRange();
          if (limit.isPresent() && rows >= limit.get()) {
            source.stop();
            return Status.DONE;
          }
        }
        if (!resumeRow && pauseDue(!source.exhausted())) return Status.PAUSED;
        Scan.Event ev = resumeRow ? Scan.Event.ROW : source.next(step);
        resumeRow = false;
        if (ev == Scan.Event.END) {
          if (buffered) {
            if (sort.isPresent()) sortBuffered();
            bufferedNext = 0;
            return runBuffered();
          }
          return Status.DONE;
        }
        if (ev == Scan.Event.BLOCKED) return Status.BLOCKED;
        if (ev == Scan.Event.WOULD_WAIT) return fail(sv.profile().nowaitErrorCode());
        if (ev == Scan.Event.VICTIM) return Status.ABORTED;
        progress++;
        Rec clust = source.rowClust;
        if (touched.contains(clust) || clust.isDeleteMarked()) {
          continue;
        }
        if (prelude != null) {
          Status ps = prelude.run(step);
          if (ps == Status.BLOCKED) resumeRow = true;
          if (ps == Status.FAILED) errorCode = prelude.error();
          if (ps != Status.DONE) return ps;
          where = prelude.where();
          semiJoinFilter = prelude.semiJoinFilter();
          prelude = null;
        }
        Value[] row = clust.row();
        if (!Rows.matches(table, where, row)) {
          source.unlockRow();
          continue;
        }
        if (!Rows.matches(table, semiJoinFilter, row)) continue;
        switch (kind) {
          case SELECT:
            pending = RowOps.none();
            break;
          case UPDATE:
            if (buffered) {
              bufferedRows.add(clust);
              if (source.lastWasUnique()) source.endCurrentRange();
              continue;
            }
            Value[] newRow = Rows.applyAssignments(table, row, assignments, null);
            pending = RowOps.update(sv, trx, table, clust, newRow, touched);
            break;
          default:
            if (buffered) {
              bufferedRows.add(clust);
              if (source.lastWasUnique()) source.endCurrentRange();
              continue;
            }
            pending = RowOps.delete(sv, trx, table, clust);
            break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- INSERT / REPLACE / IODKU

  /** INSERT, INSERT IGNORE, REPLACE, INSERT ... ON DUPLICATE KEY UPDATE, with VALUES or a SELECT. */
  static final class InsertExec extends Exec {
    final TableRt table;
    final Statement.Insert ins;
    final List<Value[]> rowsToInsert = new ArrayList<>();
    final RowSource sourceRows;
    final TableRt sourceTable;
    final Optional<Expr> sourceWhere;
    int rowIdx;
    Value[] row;
    boolean autoValue;
    int indexIdx;
    RowOps pending;
    boolean tableLocked;
    boolean autoIncLocked;
    /** The next row to insert, fetched but not yet started (kept across a table-lock wait). */
    Value[] fetched;
    /** Whether the fetched row passed the NOT NULL check (it is checked once, also across waits). */
    private boolean notNullChecked;
    boolean sourceDone;
    boolean sourceLocked;
    int rowUndoMark;
    // statement auto-increment interval
    long autoNext = -1;
    long autoEnd = -1;

    /**
     * @param sourceTable INSERT ... SELECT: the table read, else null
     * @param path        its planned access path
     * @param refs        the columns the SELECT reads
     */
    InsertExec(Services sv, Session session, Trx trx, Statement.Insert ins, TableRt table, TableRt sourceTable,
               AccessPath path, List<String> refs) {
      super(sv, session, trx, ins);
      this.ins = ins;
      this.table = table;
      if (sourceTable != null) {
        Statement.Select sel = ins.source().get();
        this.sourceTable = sourceTable;
        sourceWhere = sel.where();
        boolean rc = trx.isolation().skipsGapLocks();
        sourceRows = new RowSource(sv.locks(), trx, sourceTable, path, rc ? -1 : LOCK_S,
            path instanceof AccessPath.Empty || !sourceTable.covers(path.primaryIndex(), refs), false, false);
      } else {
        this.sourceTable = null;
        sourceWhere = Optional.empty();
        sourceRows = null;
        Rows.InsertColumns ic = Rows.insertColumns(table, ins.columns());
        for (List<Expr> r : ins.rows()) rowsToInsert.add(Rows.evalInsertRow(table, ic, r, null));
      }
      trx.duplicates = ins.replace() || !ins.onDuplicate().isEmpty();
    }

    private boolean dupX() { return ins.replace() || !ins.onDuplicate().isEmpty(); }

    @Override
    Status run(StepContext step) {
      while (true) {
        if (pending != null) {
          Status s = pending.run();
          if (s == Status.BLOCKED) return s;
          if (s == Status.FAILED) return fail(pending.errorCode);
          boolean retry = pending.retryInsert;
          pending = null;
          rows++;
          if (retry) {
            retryRow();
          } else {
            nextRow();
          }
          continue;
        }
        if (sourceRows != null && !sourceLocked && !sourceRows.scans.isEmpty() && sourceRows.scans.get(0).locking()) {
          RecordRequest q = sv.locks().lockTable(trx, sourceTable, LOCK_IS, Why.Rule.TABLE_INTENTION);
          if (q instanceof RecordRequest.MustWait) return Status.BLOCKED;
          sourceLocked = true;
        }
        if (row == null) {
          if (fetched == null) {
            progress = rowIdx;
            if (pauseDue(moreRows())) return Status.PAUSED;
            Value[] r = fetchSourceRow(step);
            if (r == SOURCE_BLOCKED) return Status.BLOCKED;
            if (r == null) return Status.DONE;
            fetched = r;
          }
          // ha_innobase::write_row: a value to generate takes the AUTO-INC lock in
          // get_auto_increment, before row_insert_for_mysql takes IX; an explicit value
          // takes it afterwards (innobase_set_max_autoinc), see below.
          if (needsGeneratedValue(fetched) && (autoNext < 0 || autoNext >= autoEnd) && !lockAutoInc()) {
            return Status.BLOCKED;
          }
          // the SQL layer checks NOT NULL before the row reaches InnoDB: no IX, no lock
          if (!notNullChecked) {
            MySqlError nullErr = Rows.checkNotNull(table, ins.columns(), fetched, ins.ignore());
            if (nullErr != null) return fail(nullErr);
            notNullChecked = true;
          }
          // MySQL 9.x checks foreign keys in the SQL layer, before the row reaches InnoDB: a
          // check that waits or fails leaves no IX and no row on the child table
          if (sv.profile().fkChecksInSqlLayer()) {
            boolean noParent = false;
            for (ForeignKeyDef fk : table.def.foreignKeys()) {
              Status s = sv.fks().checkChildForeignKey(trx, table, fk, fetched, session);
              if (s == Status.BLOCKED) return s;
              if (s == Status.FAILED && !ins.ignore()) return fail(MySqlError.ER_NO_REFERENCED_ROW_2);
              if (s == Status.FAILED) noParent = true;
            }
            if (noParent) {
              // INSERT IGNORE: the row is skipped with a warning (1452 becomes a warning)
              fetched = null;
              notNullChecked = false;
              nextRow();
              continue;
            }
          }
          if (!tableLocked) {
            RecordRequest q = sv.locks().lockTable(trx, table, LOCK_IX, Why.Rule.TABLE_INTENTION);
            if (q instanceof RecordRequest.MustWait) return Status.BLOCKED;
            tableLocked = true;
          }
          row = fetched.clone();
          fetched = null;
          notNullChecked = false;
          autoValue = assignAutoInc(row);
          if (table.hasHiddenRowId()) row[table.rowWidth - 1] = Value.Int.of(sv.catalog().nextRowId());
          indexIdx = 0;
          rowUndoMark = trx.undo.size();
        }
        // insert the entries of the current row, index by index
        entries:
        while (indexIdx < table.all.size()) {
          IndexTree idx = table.all.get(indexIdx);
          for (ForeignKeyDef fk : sv.profile().fkChecksInSqlLayer() ? List.<ForeignKeyDef>of() : sv.fks().childForeignKeys(table, idx)) {
            Status s = sv.fks().checkChildForeignKey(trx, table, fk, row, session);
            if (s == Status.BLOCKED) return s;
            if (s == Status.FAILED) {
              step.wake(sv.undo().rollback(trx, rowUndoMark, UndoLog.Scope.STATEMENT));
              if (!ins.ignore()) return fail(MySqlError.ER_NO_REFERENCED_ROW_2);
              // INSERT IGNORE: the row is skipped with a warning (1452 becomes a warning)
              nextRow();
              break entries;
            }
          }
          Inserter.Entry e = sv.inserter().insert(trx, idx, table.entry(idx, row), row, dupX());
          if (e.status() == Inserter.Status.BLOCKED) return Status.BLOCKED;
          if (e.status() == Inserter.Status.DUPLICATE) {
            step.wake(sv.undo().rollback(trx, rowUndoMark, UndoLog.Scope.STATEMENT));
            Status s = onDuplicate(idx, e.dup());
            if (s != null) return s;
            break;
          }
          indexIdx++;
        }
        if (pending == null && row != null) {
          // An explicit AUTO_INCREMENT value raises the counter after the row is in
          // (innobase_set_max_autoinc), which takes the AUTO-INC lock when it must.
          if (!autoValue && table.autoIncColumn >= 0 && !lockAutoInc()) return Status.BLOCKED;
          rows++;
          nextRow();
        }
      }
    }

    /** Takes the AUTO-INC table lock for the statement when the profile's mode asks for it; false = must wait. */
    private boolean lockAutoInc() {
      if (autoIncLocked || !sv.locks().needsAutoIncLock(trx, table, sourceRows != null)) return true;
      if (sv.locks().lockTable(trx, table, LOCK_AUTO_INC, Why.Rule.AUTO_INC) instanceof RecordRequest.MustWait) return false;
      autoIncLocked = true;
      return true;
    }

    private boolean needsGeneratedValue(Value[] r) {
      if (table.autoIncColumn < 0) return false;
      Value v = r[table.autoIncColumn];
      return v.isNull() || (v instanceof Value.Int i && i.value().signum() == 0);
    }

    /** Whether rows may be left to insert (for an INSERT ... SELECT: its scan has not ended). */
    private boolean moreRows() {
      if (sourceRows == null) return rowIdx < rowsToInsert.size();
      if (sourceTable == table) return !sourceDone || selfNext < selfRows.size();
      return !sourceDone && !sourceRows.exhausted();
    }

    private static final Value[] SOURCE_BLOCKED = new Value[0];

    /**
     * The next row to insert. An INSERT ... SELECT from its own table reads every source row first
     * (the server materializes the SELECT in a temporary table), so it never reads its own inserts.
     */
    private Value[] fetchSourceRow(StepContext step) {
      if (sourceRows == null) return rowIdx < rowsToInsert.size() ? rowsToInsert.get(rowIdx) : null;
      if (sourceTable != table) return readSourceRow(step);
      while (!sourceDone) {
        Value[] r = readSourceRow(step);
        if (r == SOURCE_BLOCKED) return r;
        if (r != null) selfRows.add(r);
      }
      return selfNext < selfRows.size() ? selfRows.get(selfNext++) : null;
    }

    /** INSERT ... SELECT from its own table: the source rows read so far, and the next one to insert. */
    private final List<Value[]> selfRows = new ArrayList<>();
    private int selfNext;

    private Value[] readSourceRow(StepContext step) {
      if (sourceDone) return null;
      while (true) {
        Scan.Event ev = sourceRows.next(step);
        if (ev == Scan.Event.BLOCKED) return SOURCE_BLOCKED;
        if (ev != Scan.Event.ROW) {
          sourceDone = true;
          return null;
        }
        Rec c = sourceRows.rowClust;
        if (c.isDeleteMarked()) continue;
        if (!Rows.matches(sourceTable, sourceWhere, c.row())) {
          sourceRows.unlockRow();
          continue;
        }
        // a unique search ends after its row (row_search_mvcc: no lock on the next record)
        if (sourceRows.lastWasUnique()) sourceRows.endCurrentRange();
        Statement.Select sel = ins.source().get();
        List<Expr> exprs = new ArrayList<>(sel.items());
        if (exprs.isEmpty()) {
          for (ColumnDef col : sourceTable.def.columns()) exprs.add(new Expr.Column(col.name()));
        }
        return Rows.evalInsertRow(table, ins.columns(), exprs, name -> c.row()[sourceTable.def.columnIndex(name)]);
      }
    }

    private void nextRow() {
      row = null;
      rowIdx++;
    }

    /** Fills the AUTO_INCREMENT column if it is NULL or 0; true if a value was generated. */
    private boolean assignAutoInc(Value[] r) {
      int c = table.autoIncColumn;
      if (c < 0) return false;
      Value v = r[c];
      if (!needsGeneratedValue(r)) {
        if (v instanceof Value.Int i && i.value().longValue() >= table.autoIncNext) table.autoIncNext = i.value().longValue() + 1;
        return false;
      }
      if (autoNext < 0 || autoNext >= autoEnd) {
        long want = sourceRows == null ? Math.max(1, rowsToInsert.size() - rowIdx) : 1;
        autoNext = table.autoIncNext;
        autoEnd = autoNext + want;
        table.autoIncNext = autoEnd;
      }
      r[c] = table.def.columns().get(c).type().coerce(Value.Int.of(autoNext++));
      return true;
    }

    /** A duplicate in index {@code idx}: error, IGNORE, IODKU update or REPLACE. */
    private Status onDuplicate(IndexTree idx, Rec dup) {
      if (autoValue) autoNext--;
      if (!ins.onDuplicate().isEmpty() || ins.replace()) {
        Rec clust = table.clusteredOf(idx, dup);
        Value[] newRow = ins.replace()
            ? row.clone()
            : Rows.applyAssignments(table, clust.row(), ins.onDuplicate(), row);
        if (ins.replace() && table.hasHiddenRowId()) newRow[table.rowWidth - 1] = clust.row()[table.rowWidth - 1];
        if (ins.replace() && !sv.inserter().replaceInPlace(table, idx)) {
          pending = RowOps.deleteThenRetry(sv, trx, table, clust);
          return null;
        }
        pending = RowOps.update(sv, trx, table, clust, newRow, new HashSet<>());
        pending.lockFirst = true;
        return null;
      }
      if (ins.ignore()) {
        row = null;
        rowIdx++;
        return null;
      }
      return fail(MySqlError.ER_DUP_ENTRY);
    }

    /** REPLACE that deleted the conflicting row: insert the same row again from the first index. */
    void retryRow() {
      indexIdx = 0;
      rowUndoMark = trx.undo.size();
      pending = null;
    }

    @Override
    void finish() {
      if (autoIncLocked) sv.locks().releaseTableLock(trx, table, LOCK_AUTO_INC);
      trx.duplicates = false;
    }
  }

}
