package dev.innosim.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a table; immutable. {@code name} is lower-cased. {@code defaultValue} is empty when
 * the column has no DEFAULT clause (NULL for a nullable column, an error for a NOT NULL one in
 * strict mode); {@code DEFAULT CURRENT_TIMESTAMP} is {@link Values#NOW}.
 */
public record ColumnDef(
    String name,
    ColumnType type,
    boolean nullable,
    Optional<Value> defaultValue,
    boolean autoIncrement,
    Collation collation) {

  public ColumnDef {
    name = name.toLowerCase(Locale.ROOT);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(collation, "collation");
    if (autoIncrement && !type.isInteger() && type.kind() != ColumnType.Kind.FLOAT
        && type.kind() != ColumnType.Kind.DOUBLE) {
      throw new SchemaException("AUTO_INCREMENT column " + name + " must be an integer, not " + type);
    }
  }

  /** A column with the default collation (utf8mb4_general_ci; BINARY for binary string types). */
  public ColumnDef(String name, ColumnType type, boolean nullable, Optional<Value> defaultValue, boolean autoIncrement) {
    this(name, type, nullable, defaultValue, autoIncrement, type.isBinary() ? Collation.BINARY : Collation.DEFAULT);
  }

  public ColumnDef withNullable(boolean nullable) {
    return new ColumnDef(name, type, nullable, defaultValue, autoIncrement, collation);
  }
}
