package dev.innosim.sql;

import dev.innosim.schema.IsolationLevel;
import java.util.List;
import java.util.Optional;

/** One parsed SQL statement; immutable. */
public sealed interface Statement
    permits Statement.Begin, Statement.Commit, Statement.Rollback, Statement.SetIsolation,
        Statement.SetVariable, Statement.SetUserVariable, Statement.Sleep, Statement.SelectNoTable,
        Statement.Select, Statement.Insert, Statement.Update, Statement.Delete, Statement.Join,
        Statement.CreateTable, Statement.Resume {

  /** The SQL text as written (without the trailing semicolon). */
  String text();

  /**
   * BEGIN [WORK], START TRANSACTION [WITH CONSISTENT SNAPSHOT] [, READ ONLY|READ WRITE].
   * {@code readOnly}: a write in the transaction fails with error 1792.
   */
  record Begin(String text, boolean consistentSnapshot, boolean readOnly) implements Statement {
    public Begin(String text, boolean consistentSnapshot) {
      this(text, consistentSnapshot, false);
    }
  }

  record Commit(String text) implements Statement {}

  record Rollback(String text) implements Statement {}

  /**
   * SET [SESSION|GLOBAL] TRANSACTION ISOLATION LEVEL ...; {@code nextTransactionOnly} when neither
   * SESSION nor GLOBAL is given. {@code variable}: the system variable set instead
   * ({@code SET SESSION tx_isolation = ...}), lower-cased: each server knows only some names.
   */
  record SetIsolation(String text, IsolationLevel level, boolean nextTransactionOnly, Optional<String> variable)
      implements Statement {
    /** SET ... TRANSACTION ISOLATION LEVEL (no variable named). */
    public SetIsolation(String text, IsolationLevel level, boolean nextTransactionOnly) {
      this(text, level, nextTransactionOnly, Optional.empty());
    }
  }

  /**
   * SET [SESSION|@@session.] name = value for the variables the simulator understands:
   * {@code innodb_lock_wait_timeout}, {@code autocommit}, {@code optimizer_switch},
   * {@code foreign_key_checks}, {@code unique_checks}. Name lower-cased; value as text (quotes removed).
   */
  record SetVariable(String text, String name, String value) implements Statement {}

  /** {@code SET @name = expression} (or {@code :=}): a user variable of the session, name lower-cased. */
  record SetUserVariable(String text, String name, Expr value) implements Statement {}

  /** A SELECT without FROM ({@code SELECT @x}, {@code SELECT @@transaction_isolation}, {@code SELECT 1}): reads no table, takes no lock. */
  record SelectNoTable(String text, List<String> systemVariables) implements Statement {
    public SelectNoTable { systemVariables = List.copyOf(systemVariables); }
  }

  /** DO SLEEP(n) or SELECT SLEEP(n). */
  record Sleep(String text, double seconds) implements Statement {}

  /**
   * {@code RESUME}: innosim's own scheduling command, not SQL: the session's statement that stopped
   * at a {@code -- @pause} point continues ({@code docs/scenario-format.md}, "Pausing inside a statement").
   */
  record Resume(String text) implements Statement {}

  /** Row lock requested by a SELECT. */
  enum LockClause { NONE, SHARE, UPDATE }

  /** NOWAIT / SKIP LOCKED. */
  enum WaitPolicy { WAIT, NOWAIT, SKIP_LOCKED }

  /** FORCE / USE / IGNORE INDEX (...). Index names as written; PRIMARY allowed. */
  record IndexHint(Kind kind, List<String> indexes) {
    public enum Kind { FORCE, USE, IGNORE }
    public IndexHint { indexes = List.copyOf(indexes); }
  }

  /** ORDER BY column [ASC|DESC]. */
  record OrderBy(String column, boolean descending) {}

  /**
   * A single-table SELECT. {@code columns} empty means {@code *}; otherwise the selected column
   * names (expressions that are plain columns), used to decide whether an index covers the query.
   * {@code selectsOnlyColumns} is false when the select list has anything else than plain columns
   * or {@code *} (e.g. COUNT(*), literals): then only the referenced columns matter.
   * {@code referencedColumns} are all columns named anywhere in the statement (select list, WHERE,
   * ORDER BY) in first-seen order; {@code *} adds none.
   */
  record Select(
      String text,
      String table,
      List<String> columns,
      List<String> referencedColumns,
      boolean selectsOnlyColumns,
      Optional<Expr> where,
      LockClause lock,
      WaitPolicy waitPolicy,
      Optional<IndexHint> hint,
      List<OrderBy> orderBy,
      Optional<Long> limit,
      List<Expr> items) implements Statement {
    public Select {
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
      orderBy = List.copyOf(orderBy);
      items = List.copyOf(items);
    }

    /** Without the select-list expressions: the plain columns stand for them ({@code *} when empty). */
    public Select(String text, String table, List<String> columns, List<String> referencedColumns,
        boolean selectsOnlyColumns, Optional<Expr> where, LockClause lock, WaitPolicy waitPolicy,
        Optional<IndexHint> hint, List<OrderBy> orderBy, Optional<Long> limit) {
      this(text, table, columns, referencedColumns, selectsOnlyColumns, where, lock, waitPolicy, hint, orderBy, limit,
          columns.stream().map(c -> (Expr) new Expr.Column(c)).toList());
    }

    /** A select list of {@code *} or plain columns only ({@code selectsOnlyColumns} true). */
    public Select(String text, String table, List<String> columns, List<String> referencedColumns,
        Optional<Expr> where, LockClause lock, WaitPolicy waitPolicy, Optional<IndexHint> hint,
        List<OrderBy> orderBy, Optional<Long> limit) {
      this(text, table, columns, referencedColumns, true, where, lock, waitPolicy, hint, orderBy, limit);
    }

    /** This SELECT with another lock clause (a locking INSERT ... SELECT passes its own down). */
    public Select withLock(LockClause newLock, WaitPolicy newWaitPolicy) {
      return new Select(text, table, columns, referencedColumns, selectsOnlyColumns, where, newLock, newWaitPolicy,
          hint, orderBy, limit, items);
    }
  }

  /** {@code column = expression} of UPDATE or ON DUPLICATE KEY UPDATE. */
  record Assignment(String column, Expr value) {}

  /**
   * INSERT [IGNORE] / REPLACE [INTO] table [(cols)] VALUES (...),(...) | SELECT ...
   * [ON DUPLICATE KEY UPDATE ...]. {@code columns} empty means all columns in table order.
   * Exactly one of {@code rows} (non-empty) and {@code source} is present.
   */
  record Insert(
      String text,
      String table,
      List<String> columns,
      List<List<Expr>> rows,
      Optional<Select> source,
      boolean replace,
      boolean ignore,
      List<Assignment> onDuplicate) implements Statement {
    public Insert {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      onDuplicate = List.copyOf(onDuplicate);
    }
  }

  record Update(
      String text,
      String table,
      List<Assignment> assignments,
      Optional<Expr> where,
      Optional<IndexHint> hint,
      List<OrderBy> orderBy,
      Optional<Long> limit) implements Statement {
    public Update {
      assignments = List.copyOf(assignments);
      orderBy = List.copyOf(orderBy);
    }
  }

  record Delete(
      String text,
      String table,
      Optional<Expr> where,
      Optional<IndexHint> hint,
      List<OrderBy> orderBy,
      Optional<Long> limit) implements Statement {
    public Delete { orderBy = List.copyOf(orderBy); }
  }

  /** A table of a join and the name its columns are qualified with (its alias, else its name). */
  record JoinTable(String table, String ref) {}

  /** What a two-table join statement does with the rows it joins. */
  enum JoinKind { SELECT, UPDATE, DELETE }

  /**
   * A two-table inner join: {@code SELECT ... FROM a JOIN b ON ... [WHERE ...] FOR UPDATE|SHARE},
   * {@code UPDATE a JOIN b ON ... SET ...} / {@code UPDATE a, b SET ... WHERE ...},
   * {@code DELETE a FROM a JOIN b ON ...}. Columns are named {@code ref.column} when qualified,
   * else {@code column}; {@code condition} is the ON and WHERE conditions together;
   * {@code target} the ref of the table an UPDATE or DELETE changes; {@code referenced} per ref
   * the columns the statement reads of that table (all of them for {@code *} or {@code ref.*}).
   */
  record Join(
      String text,
      JoinKind kind,
      List<JoinTable> tables,
      Optional<Expr> condition,
      LockClause lock,
      WaitPolicy waitPolicy,
      List<Assignment> assignments,
      Optional<String> target,
      List<String> selected,
      boolean selectsAll) implements Statement {
    public Join {
      tables = List.copyOf(tables);
      assignments = List.copyOf(assignments);
      selected = List.copyOf(selected);
    }
  }

  /** CREATE TABLE (setup only). */
  record CreateTable(String text, dev.innosim.schema.TableDef table) implements Statement {}
}
