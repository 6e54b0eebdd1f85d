package dev.innosim.server;

import java.util.Optional;

/**
 * One statement of the reference-model property, with what the model needs to know about it
 * besides its SQL text; immutable values.
 */
sealed interface ModelOp {

  /** The statement as a session sends it. */
  String sql();

  /** {@code BEGIN}, {@code COMMIT} or {@code ROLLBACK}. */
  record Control(String sql) implements ModelOp {}

  /** How a locking read locks: {@code FOR UPDATE} (X) or {@code LOCK IN SHARE MODE} (S). */
  enum ReadMode {
    X(" FOR UPDATE", "IX"), S(" LOCK IN SHARE MODE", "IS");

    final String clause;
    final String tableLock;

    ReadMode(String clause, String tableLock) {
      this.clause = clause;
      this.tableLock = tableLock;
    }
  }

  /** {@code SELECT ... WHERE id = c} on PRIMARY. */
  record PointRead(String table, int id, ReadMode mode) implements ModelOp {
    @Override public String sql() { return "SELECT * FROM " + table + " WHERE id = " + id + mode.clause; }
  }

  /** {@code SELECT ... FORCE INDEX (idx_k) WHERE k = c} on table t. */
  record SecondaryRead(int k, ReadMode mode) implements ModelOp {
    @Override public String sql() { return "SELECT * FROM t FORCE INDEX (idx_k) WHERE k = " + k + mode.clause; }
  }

  /** {@code SELECT ... WHERE col BETWEEN a AND b} on PRIMARY ({@code id}) or idx_k ({@code k}). */
  record RangeRead(String table, boolean secondary, int low, int high, ReadMode mode) implements ModelOp {
    @Override public String sql() {
      return "SELECT * FROM " + table + (secondary ? " FORCE INDEX (idx_k) WHERE k" : " WHERE id")
          + " BETWEEN " + low + " AND " + high + mode.clause;
    }
  }

  /** {@code UPDATE ... SET v = v + 1 WHERE id = c}. */
  record Update(String table, int id) implements ModelOp {
    @Override public String sql() { return "UPDATE " + table + " SET v = v + 1 WHERE id = " + id; }
  }

  /** {@code DELETE ... WHERE id = c}. */
  record Delete(String table, int id) implements ModelOp {
    @Override public String sql() { return "DELETE FROM " + table + " WHERE id = " + id; }
  }

  /** {@code INSERT} of one row; {@code k} only for table t. */
  record Insert(String table, int id, Optional<Integer> k) implements ModelOp {
    @Override public String sql() {
      return "INSERT INTO " + table + " VALUES (" + id + k.map(kk -> ", " + kk).orElse("") + ", 0)";
    }
  }

  /** Whether the statement is a locking read. */
  default boolean isRead() {
    return this instanceof PointRead || this instanceof SecondaryRead || this instanceof RangeRead;
  }
}
