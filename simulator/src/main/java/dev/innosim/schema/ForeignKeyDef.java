package dev.innosim.schema;

import java.util.List;
import java.util.Optional;

/** A FOREIGN KEY constraint of the child table that declares it; immutable, names lower-cased. */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String refTable,
    List<String> refColumns,
    RefAction onDelete,
    RefAction onUpdate) {
  public ForeignKeyDef {
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
    if (columns.isEmpty() || columns.size() != refColumns.size()) {
      throw new SchemaException("foreign key " + name + ": column count differs from referenced column count");
    }
  }

  /**
   * Why this key of {@code child} cannot reference {@code parent}, or empty. InnoDB pairs only
   * columns it can compare byte for byte: integers of the same size and sign, the same DECIMAL,
   * a character type with a character type, a binary type with a binary type, the same temporal
   * type. MySQL 9.7 says error 3780, MariaDB 10.11 error 1005 (errno 150).
   */
  public Optional<String> incompatibility(TableDef child, TableDef parent) {
    for (int i = 0; i < columns.size(); i++) {
      Optional<ColumnDef> c = child.column(columns.get(i));
      Optional<ColumnDef> p = parent.column(refColumns.get(i));
      if (c.isEmpty() || p.isEmpty()) continue;  // reported elsewhere
      if (!compatible(c.get().type(), p.get().type())) {
        return Optional.of("referencing column '" + columns.get(i) + "' (" + c.get().type() + ") and referenced column '"
            + refColumns.get(i) + "' (" + p.get().type() + ") in foreign key constraint '" + name + "' are incompatible"
            + " (MySQL: error 3780; MariaDB: error 1005, errno 150 \"Foreign key constraint is incorrectly formed\")");
      }
    }
    return Optional.empty();
  }

  /** Whether InnoDB accepts a foreign key between columns of these types. */
  static boolean compatible(ColumnType a, ColumnType b) {
    if (a.isInteger() || b.isInteger()) return a.kind() == b.kind() && a.unsigned() == b.unsigned();
    if (a.kind() == ColumnType.Kind.DECIMAL || b.kind() == ColumnType.Kind.DECIMAL) {
      return a.kind() == b.kind() && a.precision() == b.precision() && a.scale() == b.scale() && a.unsigned() == b.unsigned();
    }
    if (a.isString() || b.isString()) return a.isString() && b.isString();
    if (a.isBinary() || b.isBinary()) return a.isBinary() && b.isBinary();
    return a.kind() == b.kind();
  }
}
