package dev.innosim.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A table definition; immutable. {@code indexes} are in InnoDB's order (MySQL sorts keys at
 * CREATE TABLE: PRIMARY, then UNIQUE keys over NOT NULL columns, other UNIQUE keys, then the
 * rest, each group in declaration order), which is also the order lock lines list them.
 * Build one from SQL-like pieces with {@link TableBuilder}, which applies MySQL's naming rules.
 * {@code autoIncrementStart} is the table option {@code AUTO_INCREMENT=n} (1 when absent): the
 * first value the counter hands out.
 */
public record TableDef(
    String name,
    List<ColumnDef> columns,
    List<IndexDef> indexes,
    List<ForeignKeyDef> foreignKeys,
    long autoIncrementStart) {

  /** Name of InnoDB's hidden clustered index of a table without a usable key. */
  public static final String GEN_CLUST_INDEX = "GEN_CLUST_INDEX";

  /** Name of the hidden 6-byte row id column of {@link #GEN_CLUST_INDEX}. */
  public static final String ROW_ID_COLUMN = "db_row_id";

  public TableDef {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    if (columns.isEmpty()) throw new SchemaException("table " + name + " has no columns");
    Set<String> seen = new HashSet<>();
    for (ColumnDef c : columns) {
      if (!seen.add(c.name())) throw new SchemaException("duplicate column name '" + c.name() + "' in table " + name);
    }
    Set<String> indexNames = new HashSet<>();
    int primaries = 0;
    for (IndexDef ix : indexes) {
      if (!indexNames.add(ix.name().toLowerCase(Locale.ROOT))) {
        throw new SchemaException("duplicate key name '" + ix.name() + "' in table " + name);
      }
      if (ix.primary()) primaries++;
      for (KeyPart p : ix.parts()) {
        if (!seen.contains(p.column())) {
          throw new SchemaException("key column '" + p.column() + "' doesn't exist in table " + name);
        }
      }
    }
    if (primaries > 1) throw new SchemaException("multiple primary key defined in table " + name);
    for (ForeignKeyDef fk : foreignKeys) {
      for (String c : fk.columns()) {
        if (!seen.contains(c)) throw new SchemaException("foreign key column '" + c + "' doesn't exist in table " + name);
      }
    }
    if (autoIncrementStart < 1) autoIncrementStart = 1;
    if (columns.stream().filter(ColumnDef::autoIncrement).count() > 1) {
      throw new SchemaException("table " + name + " has more than one AUTO_INCREMENT column");
    }
  }

  /** A table whose AUTO_INCREMENT counter starts at 1. */
  public TableDef(String name, List<ColumnDef> columns, List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys) {
    this(name, columns, indexes, foreignKeys, 1);
  }

  /** Position of a column, case-insensitive, or -1. */
  public int columnIndex(String column) {
    String c = column.toLowerCase(Locale.ROOT);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(c)) return i;
    }
    return -1;
  }

  public Optional<ColumnDef> column(String column) {
    int i = columnIndex(column);
    return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
  }

  /** The index of that name (case-insensitive; {@code GEN_CLUST_INDEX} included when hidden). */
  public Optional<IndexDef> index(String indexName) {
    for (IndexDef ix : allIndexes()) {
      if (ix.name().equalsIgnoreCase(indexName)) return Optional.of(ix);
    }
    return Optional.empty();
  }

  /**
   * InnoDB's clustered index: the PRIMARY KEY; else the first UNIQUE index whose columns are all
   * NOT NULL and which has no prefix part (it keeps its name); else {@code GEN_CLUST_INDEX} over
   * the hidden {@link #ROW_ID_COLUMN}.
   */
  public IndexDef clusteredIndex() {
    for (IndexDef ix : indexes) {
      if (ix.primary()) return ix;
    }
    for (IndexDef ix : indexes) {
      if (qualifiesAsClustered(ix)) return ix;
    }
    return new IndexDef(GEN_CLUST_INDEX, true, false, List.of(KeyPart.of(ROW_ID_COLUMN)));
  }

  private boolean qualifiesAsClustered(IndexDef ix) {
    if (!ix.unique() || ix.hasPrefixPart()) return false;
    for (KeyPart p : ix.parts()) {
      if (column(p.column()).map(ColumnDef::nullable).orElse(true)) return false;
    }
    return true;
  }

  /** True when the clustered index is {@code GEN_CLUST_INDEX} over a hidden row id. */
  public boolean hasHiddenRowId() {
    return clusteredIndex().name().equals(GEN_CLUST_INDEX);
  }

  /** All indexes except the clustered one, in InnoDB's order. */
  public List<IndexDef> secondaryIndexes() {
    IndexDef clustered = clusteredIndex();
    return indexes.stream().filter(ix -> !ix.name().equals(clustered.name())).toList();
  }

  /** The clustered index followed by the secondary indexes: InnoDB's index order. */
  public List<IndexDef> allIndexes() {
    List<IndexDef> all = new ArrayList<>();
    all.add(clusteredIndex());
    all.addAll(secondaryIndexes());
    return List.copyOf(all);
  }

  /**
   * The fields of an index record in the order InnoDB stores (and the oracle prints) them: the
   * index's own parts, then the clustered key columns not already present as whole columns.
   * For the clustered index this is its key.
   * Example: {@code KEY idx_k (k)} on a table with {@code PRIMARY KEY (id)} gives {@code (k, id)}.
   */
  public List<KeyPart> recordFields(IndexDef index) {
    IndexDef clustered = clusteredIndex();
    List<KeyPart> fields = new ArrayList<>(index.parts());
    if (index.name().equals(clustered.name())) return List.copyOf(fields);
    for (KeyPart pk : clustered.parts()) {
      boolean present = index.parts().stream().anyMatch(p -> p.column().equals(pk.column()) && !p.isPrefix());
      if (!present) fields.add(KeyPart.of(pk.column()));
    }
    return List.copyOf(fields);
  }

  public Optional<ColumnDef> autoIncrementColumn() {
    return columns.stream().filter(ColumnDef::autoIncrement).findFirst();
  }
}
