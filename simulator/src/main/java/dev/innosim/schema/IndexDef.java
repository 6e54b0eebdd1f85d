package dev.innosim.schema;

import java.util.List;

/**
 * An index as InnoDB names it; immutable. {@code primary} is true only for a declared PRIMARY KEY
 * (named {@code PRIMARY}); a UNIQUE NOT NULL key that InnoDB makes clustered keeps its own name.
 */
public record IndexDef(String name, boolean unique, boolean primary, List<KeyPart> parts) {
  public IndexDef {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new SchemaException("index " + name + " has no columns");
    if (primary && !unique) throw new SchemaException("a primary key must be unique");
  }

  /** The indexed column names in key order. */
  public List<String> columns() {
    return parts.stream().map(KeyPart::column).toList();
  }

  public boolean hasPrefixPart() {
    return parts.stream().anyMatch(KeyPart::isPrefix);
  }
}
