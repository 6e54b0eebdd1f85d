package dev.innosim.schema;

import java.util.Locale;

/** One column of an index, possibly a prefix of {@code prefixLength} characters (0 = whole column); immutable. */
public record KeyPart(String column, int prefixLength) {
  public KeyPart {
    column = column.toLowerCase(Locale.ROOT);
    if (prefixLength < 0) throw new SchemaException("negative prefix length for column " + column);
  }

  public static KeyPart of(String column) {
    return new KeyPart(column, 0);
  }

  public boolean isPrefix() {
    return prefixLength > 0;
  }
}
