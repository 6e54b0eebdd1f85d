package dev.innosim.sql;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;

/**
 * What {@link Eval} needs from the row an expression is evaluated against: column values, the
 * row proposed by INSERT for {@code VALUES(col)}, and each column's collation.
 */
public interface RowContext {
  /** The value of a column (name lower-cased) of the current row. */
  Value column(String name);

  /** {@code VALUES(col)} in ON DUPLICATE KEY UPDATE: the value the INSERT tried to put there. */
  default Value valuesOf(String column) {
    throw new IllegalStateException("VALUES(" + column + ") used outside ON DUPLICATE KEY UPDATE");
  }

  /** The collation that compares this column's strings. */
  default Collation collation(String column) {
    return Collation.DEFAULT;
  }
}
