package dev.innosim.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the pieces of a CREATE TABLE and applies MySQL's rules when building the
 * {@link TableDef}; single-threaded, mutable, used once.
 *
 * <ul>
 *   <li>PRIMARY KEY columns become NOT NULL; the primary key is named {@code PRIMARY}.
 *   <li>An unnamed KEY/UNIQUE is named after its first column, then {@code col_2}, {@code col_3} ...
 *   <li>An unnamed FOREIGN KEY is named {@code <table>_ibfk_1}, {@code _2} ...
 *   <li>A FOREIGN KEY whose columns start no index gets a non-unique index named after the
 *       constraint if it was named, else after its first column.
 *   <li>Indexes are sorted as MySQL sorts keys: unique NOT NULL keys (PRIMARY first, prefix-free
 *       before prefixed), other unique keys, then the rest; declaration order breaks ties.
 * </ul>
 */
public final class TableBuilder {
  private final String name;
  private final List<ColumnDef> columns = new ArrayList<>();
  private final List<PendingIndex> indexes = new ArrayList<>();
  private final List<PendingFk> foreignKeys = new ArrayList<>();
  private long autoIncrementStart = 1;

  private record PendingIndex(String name, boolean unique, boolean primary, List<KeyPart> parts) {}

  private record PendingFk(String name, String indexName, List<String> columns, String refTable,
      List<String> refColumns, RefAction onDelete, RefAction onUpdate) {}

  public TableBuilder(String name) {
    this.name = name;
  }

  /** The table option AUTO_INCREMENT=n. */
  public TableBuilder autoIncrementStart(long start) {
    this.autoIncrementStart = start;
    return this;
  }

  public TableBuilder column(ColumnDef column) {
    columns.add(column);
    return this;
  }

  /** Adds PRIMARY KEY (parts). */
  public TableBuilder primaryKey(List<KeyPart> parts) {
    indexes.add(new PendingIndex("PRIMARY", true, true, parts));
    return this;
  }

  /** Adds KEY / UNIQUE KEY; {@code indexName} null for MySQL's default name. */
  public TableBuilder index(String indexName, boolean unique, List<KeyPart> parts) {
    if (indexName != null && indexName.equalsIgnoreCase("PRIMARY")) {
      throw new SchemaException("incorrect index name '" + indexName + "' in table " + name);
    }
    indexes.add(new PendingIndex(indexName, unique, false, parts));
    return this;
  }

  /**
   * Adds a FOREIGN KEY; {@code constraintName} null for the generated {@code <table>_ibfk_N};
   * {@code indexName} is the optional name after FOREIGN KEY (used for the implicit index).
   */
  public TableBuilder foreignKey(String constraintName, String indexName, List<String> cols, String refTable,
      List<String> refColumns, RefAction onDelete, RefAction onUpdate) {
    foreignKeys.add(new PendingFk(constraintName, indexName, lower(cols), refTable,
        lower(refColumns), onDelete, onUpdate));
    return this;
  }

  public TableDef build() {
    // PRIMARY KEY columns are NOT NULL.
    Set<String> pkColumns = new HashSet<>();
    for (PendingIndex ix : indexes) {
      if (ix.primary()) ix.parts().forEach(p -> pkColumns.add(p.column()));
    }
    List<ColumnDef> cols = new ArrayList<>();
    for (ColumnDef c : columns) cols.add(pkColumns.contains(c.name()) ? c.withNullable(false) : c);

    List<IndexDef> named = new ArrayList<>();
    for (PendingIndex ix : indexes) {
      String n = ix.name() != null ? ix.name() : defaultIndexName(ix.parts().get(0).column(), named);
      named.add(new IndexDef(n, ix.unique(), ix.primary(), ix.parts().stream().map(this::checkedPrefix).toList()));
    }

    List<ForeignKeyDef> fks = new ArrayList<>();
    Set<String> fkNames = new HashSet<>();
    for (PendingFk fk : foreignKeys) {
      if (fk.name() != null) fkNames.add(fk.name().toLowerCase(Locale.ROOT));
    }
    int counter = 0;
    for (PendingFk fk : foreignKeys) {
      String n = fk.name();
      if (n == null) {
        do {
          counter++;
          n = name + "_ibfk_" + counter;
        } while (fkNames.contains(n));
        fkNames.add(n);
      }
      fks.add(new ForeignKeyDef(n, fk.columns(), fk.refTable(), fk.refColumns(), fk.onDelete(), fk.onUpdate()));
      if (!hasIndexStartingWith(named, fk.columns())) {
        String ixName = fk.name() != null ? fk.name() : fk.indexName() != null ? fk.indexName()
            : defaultIndexName(fk.columns().get(0), named);
        named.add(new IndexDef(ixName, false, false, fk.columns().stream().map(KeyPart::of).toList()));
      }
    }

    List<ColumnDef> finalCols = List.copyOf(cols);
    List<IndexDef> sorted = new ArrayList<>(named);
    sorted.sort(Comparator.comparingInt((IndexDef ix) -> rank(ix, finalCols)));  // stable: keeps declaration order
    return new TableDef(name, finalCols, sorted, fks, autoIncrementStart);
  }

  /**
   * sql_table.cc's key part rules: a prefix as long as the column covers the whole column (it is
   * dropped, as SHOW CREATE TABLE shows); a longer one, or one of another length on a type that
   * is not a string, is error 1089. TEXT and BLOB keep any prefix.
   */
  private KeyPart checkedPrefix(KeyPart p) {
    if (!p.isPrefix()) return p;
    ColumnDef c = columns.stream().filter(x -> x.name().equals(p.column())).findFirst().orElse(null);
    if (c == null) return p;  // TableDef reports the unknown column
    int whole = c.type().keyLength();
    if (whole < 0) return p;
    if (p.prefixLength() == whole) return KeyPart.of(p.column());
    if (p.prefixLength() > whole || !(c.type().isString() || c.type().isBinary())) {
      throw new SchemaException("incorrect prefix key " + p.column() + "(" + p.prefixLength() + ") on " + c.type()
          + " (error 1089: the used key part isn't a string, the used length is longer than the key part,"
          + " or the storage engine doesn't support unique prefix keys)");
    }
    return p;
  }

  private static int rank(IndexDef ix, List<ColumnDef> cols) {
    if (!ix.unique()) return 5;
    boolean nullPart = ix.parts().stream().anyMatch(p -> cols.stream()
        .filter(c -> c.name().equals(p.column())).findFirst().map(ColumnDef::nullable).orElse(true));
    if (nullPart) return ix.hasPrefixPart() ? 4 : 3;
    if (ix.primary()) return 0;
    return ix.hasPrefixPart() ? 2 : 1;
  }

  private static boolean hasIndexStartingWith(List<IndexDef> indexes, List<String> cols) {
    for (IndexDef ix : indexes) {
      if (ix.parts().size() < cols.size()) continue;
      boolean match = true;
      for (int i = 0; i < cols.size() && match; i++) {
        KeyPart p = ix.parts().get(i);
        match = p.column().equals(cols.get(i)) && !p.isPrefix();
      }
      if (match) return true;
    }
    return false;
  }

  /** MySQL's make_unique_key_name: the column name, else name_2, name_3 ... */
  private static String defaultIndexName(String column, List<IndexDef> existing) {
    if (!column.equalsIgnoreCase("PRIMARY") && !exists(column, existing)) return column;
    for (int i = 2; ; i++) {
      String n = column + "_" + i;
      if (!exists(n, existing)) return n;
    }
  }

  private static boolean exists(String n, List<IndexDef> existing) {
    return existing.stream().anyMatch(ix -> ix.name().equalsIgnoreCase(n));
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }
}
