package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Eval;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Row values: WHERE evaluation, SET and VALUES lists, coercion to column types; stateless. */
final class Rows {
  private Rows() {}

  static boolean matches(TableRt t, Optional<Expr> where, Value[] row) {
    if (where.isEmpty()) return true;
    Boolean b = Eval.truth(where.get(), t.whereCursor.at(row));
    return b != null && b;
  }

  /**
   * The row a WHERE is being evaluated on, reused from row to row of a table (a scan evaluates its
   * WHERE once per row: no context object per row); mutable scratch, single-threaded, not reentrant.
   */
  static final class RowCursor implements dev.innosim.sql.RowContext {
    private final TableRt t;
    /** What {@code VALUES(col)} reads (the row an upsert tried to insert), or null outside ON DUPLICATE KEY UPDATE. */
    private final Function<String, Value> valuesOf;
    private Value[] row;

    RowCursor(TableRt t) { this(t, null); }

    RowCursor(TableRt t, Function<String, Value> valuesOf) {
      this.t = t;
      this.valuesOf = valuesOf;
    }

    RowCursor at(Value[] row) {
      this.row = row;
      return this;
    }

    @Override public Value column(String name) {
      int i = t.col(name);
      if (i < 0) throw new EngineException("unknown column '" + name + "' in table '" + t.name() + "'");
      return row[i];
    }

    @Override public dev.innosim.schema.Collation collation(String name) {
      int i = t.col(name);
      return i < 0 ? dev.innosim.schema.Collation.DEFAULT : t.def.columns().get(i).collation();
    }

    @Override public Value valuesOf(String name) {
      if (valuesOf == null) throw new EngineException("VALUES() outside ON DUPLICATE KEY UPDATE");
      return valuesOf.apply(name);
    }
  }

  static Value[] applyAssignments(TableRt t, Value[] row, List<Statement.Assignment> as, Value[] insertRow) {
    Value[] out = row.clone();
    Function<String, Value> vals = insertRow == null ? null : n -> insertRow[t.def.columnIndex(n)];
    RowCursor cursor = new RowCursor(t, vals).at(out);  // later assignments see the earlier ones
    for (Statement.Assignment a : as) {
      int i = t.def.columnIndex(a.column());
      if (i < 0) throw new EngineException("unknown column '" + a.column() + "' in table '" + t.name() + "'");
      Value v = Eval.eval(a.value(), cursor);
      out[i] = coerce(t, i, v);
    }
    return out;
  }

  private static Value coerce(TableRt t, int col, Value v) {
    ColumnDef c = t.def.columns().get(col);
    if (v.isNull()) return v;
    return c.type().coerce(v);
  }

  static boolean sameRow(TableRt t, Value[] a, Value[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].isNull() != b[i].isNull()) return false;
      if (!a[i].isNull() && !a[i].equals(b[i]) && Values.compare(a[i], b[i], dev.innosim.schema.Collation.BINARY) != 0) return false;
    }
    return true;
  }

  /** Builds a full row from an INSERT's column list and value expressions. */
  static Value[] evalInsertRow(TableRt t, List<String> cols, List<Expr> exprs, Function<String, Value> source) {
    return evalInsertRow(t, insertColumns(t, cols), exprs, source);
  }

  /** The columns an INSERT's values go to (all of them when it names none), with their positions (-1: unknown). */
  record InsertColumns(List<String> names, int[] positions) {}

  static InsertColumns insertColumns(TableRt t, List<String> cols) {
    List<String> names = cols.isEmpty() ? t.def.columns().stream().map(ColumnDef::name).toList() : cols;
    int[] pos = new int[names.size()];
    for (int i = 0; i < pos.length; i++) pos[i] = t.def.columnIndex(names.get(i));
    return new InsertColumns(names, pos);
  }

  /** {@link #evalInsertRow(TableRt, List, List, Function)} with the columns looked up once per statement. */
  static Value[] evalInsertRow(TableRt t, InsertColumns ic, List<Expr> exprs, Function<String, Value> source) {
    List<ColumnDef> cds = t.def.columns();
    List<String> names = ic.names();
    if (names.size() != exprs.size()) throw new EngineException("column count doesn't match value count");
    Value[] row = new Value[t.rowWidth];
    int given = 0;
    dev.innosim.sql.RowContext ctx = null;
    for (int i = 0; i < names.size(); i++) {
      int c = ic.positions()[i];
      if (c < 0) throw new EngineException("unknown column '" + names.get(i) + "' in table '" + t.name() + "'");
      Expr e = exprs.get(i);
      Value v;
      if (e instanceof Expr.Literal lit) {
        v = lit.value();
      } else {
        if (ctx == null) ctx = insertContext(t, source);
        v = Eval.eval(e, ctx);
      }
      if (row[c] == null) given++;
      row[c] = coerce(t, c, v);
    }
    if (given < cds.size()) {
      for (int c = 0; c < cds.size(); c++) {
        if (row[c] != null) continue;
        ColumnDef cd = cds.get(c);
        row[c] = cd.defaultValue().map(v -> coerce(t, cd, v)).orElse(Value.Null.INSTANCE);
      }
    }
    if (t.hasHiddenRowId()) row[t.rowWidth - 1] = Value.Null.INSTANCE;
    return row;
  }

  /** What a value expression of an INSERT row may read: nothing of the new row, or the SELECT's row. */
  private static dev.innosim.sql.RowContext insertContext(TableRt t, Function<String, Value> source) {
    if (source == null) {
      Value[] empty = new Value[t.rowWidth];
      Arrays.fill(empty, Value.Null.INSTANCE);
      return new RowCursor(t).at(empty);
    }
    return new dev.innosim.sql.RowContext() {
      @Override public Value column(String name) { return source.apply(name); }
      @Override public dev.innosim.schema.Collation collation(String name) { return dev.innosim.schema.Collation.DEFAULT; }
      @Override public Value valuesOf(String name) { throw new EngineException("VALUES() outside ON DUPLICATE KEY UPDATE"); }
    };
  }

  private static Value coerce(TableRt t, ColumnDef cd, Value v) {
    return v.isNull() ? v : cd.type().coerce(v);
  }

  /**
   * The NOT NULL check the SQL layer makes before a row reaches InnoDB: an explicit NULL is error
   * 1048, an omitted column without a default 1364 (the insert's {@code cols}, empty for all
   * columns, tell which were given); with {@code ignore} (INSERT IGNORE) the type's zero is stored
   * instead, with a warning. Returns the error, or null when the row may go in.
   */
  static MySqlError checkNotNull(TableRt t, List<String> cols, Value[] row, boolean ignore) {
    List<ColumnDef> cds = t.def.columns();
    for (int c = 0; c < cds.size(); c++) {
      ColumnDef cd = cds.get(c);
      if (!row[c].isNull() || cd.nullable() || cd.autoIncrement()) continue;
      if (ignore) {
        row[c] = zero(cd);
        continue;
      }
      boolean explicit = cols.isEmpty() || cols.stream().anyMatch(n -> n.equalsIgnoreCase(cd.name()));
      return explicit || cd.defaultValue().isPresent() ? MySqlError.ER_BAD_NULL_ERROR : MySqlError.ER_NO_DEFAULT_FOR_FIELD;
    }
    return null;
  }

  /** The value INSERT IGNORE stores for NULL in a NOT NULL column: 0, '' or the zero of a temporal type. */
  private static Value zero(ColumnDef cd) {
    if (cd.type().isString() || cd.type().isBinary()) return new Value.Str("");
    if (cd.type().isInteger()) return Value.Int.of(0);
    if (cd.type().isNumeric()) return new Value.Dec(java.math.BigDecimal.ZERO);
    return cd.type().coerce(new Value.Str("0000-00-00 00:00:00"));
  }
}
