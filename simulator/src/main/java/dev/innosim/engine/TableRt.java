package dev.innosim.engine;

import dev.innosim.index.IndexTree;
import dev.innosim.index.RecordModifier;
import dev.innosim.index.Rec;
import dev.innosim.schema.Collation;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A table at run time: its definition, clustered index and secondary indexes, and the
 * AUTO_INCREMENT counter; mutable, single-threaded.
 *
 * <p>Rows are {@code Value[]} in column order, plus the hidden DB_ROW_ID last when the table has
 * no usable primary key.
 */
final class TableRt {
  /** Column index used for the hidden DB_ROW_ID field. */
  static final String ROW_ID = "DB_ROW_ID";

  final TableDef def;
  final IndexTree clustered;
  final List<IndexTree> secondaries = new ArrayList<>();
  final List<IndexTree> all = new ArrayList<>();
  final int rowWidth;
  final int autoIncColumn;
  long autoIncNext = 1;
  /** Scratch context of WHERE evaluation ({@link Rows#matches}). */
  final Rows.RowCursor whereCursor = new Rows.RowCursor(this);
  private final java.util.Map<String, Integer> columnPositions = new java.util.HashMap<>();

  /** Position of a column in the row, or -1; case-insensitive, cached. */
  int col(String name) {
    Integer i = columnPositions.get(name);
    if (i == null) {
      i = def.columnIndex(name);
      columnPositions.put(name, i);
    }
    return i;
  }

  /** Row positions of the clustered key fields. */
  final int[] clusteredCols;

  TableRt(TableDef def) {
    this.def = def;
    int width = def.columns().size();
    IndexDef ci = def.clusteredIndex();
    boolean hidden = def.hasHiddenRowId();
    this.rowWidth = hidden ? width + 1 : width;
    List<IndexTree.Field> cf = new ArrayList<>();
    if (hidden) {
      cf.add(new IndexTree.Field(ROW_ID, width, 0, Collation.DEFAULT));
    } else {
      for (KeyPart p : ci.parts()) cf.add(field(p.column(), 0));
    }
    this.clusteredCols = cf.stream().mapToInt(IndexTree.Field::columnIndex).toArray();
    this.clustered = new IndexTree(def.name(), hidden ? "GEN_CLUST_INDEX" : ci.name(), true, true, cf.size(), cf);
    all.add(clustered);
    for (IndexDef d : def.secondaryIndexes()) {
      List<IndexTree.Field> fs = new ArrayList<>();
      for (KeyPart p : d.parts()) fs.add(field(p.column(), p.prefixLength()));
      for (IndexTree.Field c : cf) {
        boolean present = false;
        for (IndexTree.Field f : fs) {
          if (f.columnIndex() == c.columnIndex() && f.prefixChars() == 0) present = true;
        }
        if (!present) fs.add(c);
      }
      IndexTree t = new IndexTree(def.name(), d.name(), false, d.unique(), d.parts().size(), fs);
      secondaries.add(t);
      all.add(t);
    }
    this.autoIncColumn = def.autoIncrementColumn().map(c -> def.columnIndex(c.name())).orElse(-1);
    // the table option AUTO_INCREMENT=n starts the counter (rules14-autoinc-table-option, both servers)
    this.autoIncNext = def.autoIncrementStart();
  }

  /** A copy with copies of every index ({@link IndexTree#copy}); {@code copies} receives each index's copy. */
  TableRt copy(java.util.function.UnaryOperator<RecordModifier> modifiers, java.util.Map<IndexTree, IndexTree> copies) {
    return new TableRt(this, modifiers, copies);
  }

  private TableRt(TableRt o, java.util.function.UnaryOperator<RecordModifier> modifiers, java.util.Map<IndexTree, IndexTree> copies) {
    this.def = o.def;
    this.rowWidth = o.rowWidth;
    this.autoIncColumn = o.autoIncColumn;
    this.autoIncNext = o.autoIncNext;
    this.clusteredCols = o.clusteredCols;
    this.clustered = o.clustered.copy(modifiers);
    copies.put(o.clustered, clustered);
    all.add(clustered);
    for (IndexTree s : o.secondaries) {
      IndexTree c = s.copy(modifiers);
      copies.put(s, c);
      secondaries.add(c);
      all.add(c);
    }
  }

  private IndexTree.Field field(String column, int prefix) {
    int i = def.columnIndex(column);
    ColumnDef c = def.columns().get(i);
    return new IndexTree.Field(c.name(), i, prefix, c.collation());
  }

  String name() { return def.name(); }

  boolean hasHiddenRowId() { return def.hasHiddenRowId(); }

  /** The clustered key of a row. */
  Value[] clusteredKey(Value[] row) {
    Value[] k = new Value[clusteredCols.length];
    for (int i = 0; i < k.length; i++) k[i] = row[clusteredCols[i]];
    return k;
  }

  /** The record fields of a row in the given index (prefix parts truncated). */
  Value[] entry(IndexTree idx, Value[] row) {
    List<IndexTree.Field> fs = idx.fields();
    Value[] e = new Value[fs.size()];
    for (int i = 0; i < e.length; i++) {
      IndexTree.Field f = fs.get(i);
      Value v = row[f.columnIndex()];
      e[i] = f.prefixChars() > 0 ? Values.prefix(v, f.prefixChars()) : v;
    }
    return e;
  }

  /** The clustered record of a secondary record (or of a clustered key), or null. */
  Rec clusteredOf(IndexTree idx, Rec sec) {
    if (idx.isClustered()) return sec;
    Rec cached = sec.clusteredRef();
    if (cached != null && !cached.isRemoved()) return cached;
    Rec found = lookupClustered(idx, sec);
    sec.setClusteredRef(found);
    return found;
  }

  private Rec lookupClustered(IndexTree idx, Rec sec) {
    Value[] key = new Value[clusteredCols.length];
    List<IndexTree.Field> fs = idx.fields();
    for (int i = 0; i < clusteredCols.length; i++) {
      int col = clusteredCols[i];
      for (int j = fs.size() - 1; j >= 0; j--) {
        if (fs.get(j).columnIndex() == col && fs.get(j).prefixChars() == 0) { key[i] = sec.field(j); break; }
      }
    }
    return clustered.find(key);
  }

  IndexTree index(String name) {
    for (IndexTree t : all) if (t.name().equalsIgnoreCase(name)) return t;
    return null;
  }

  /** True when every column in {@code columns} is stored in full in {@code idx}. */
  boolean covers(IndexTree idx, List<String> columns) {
    if (idx.isClustered()) return true;
    for (String c : columns) {
      boolean found = false;
      for (IndexTree.Field f : idx.fields()) if (f.column().equalsIgnoreCase(c) && f.prefixChars() == 0) found = true;
      if (!found) return false;
    }
    return true;
  }
}
