package dev.innosim.schema;

import java.util.List;

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
}
