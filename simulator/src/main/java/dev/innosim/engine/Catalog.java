package dev.innosim.engine;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of the server in creation order and the hidden row id counter; mutable, single-threaded. */
final class Catalog {
  private final Map<String, TableRt> tables = new LinkedHashMap<>();
  private long nextRowId = 1;

  /** A copy with copies of every table ({@link TableRt#copy}); {@code copies} receives each index's copy. */
  Catalog copy(java.util.function.UnaryOperator<dev.innosim.index.RecordModifier> modifiers, Map<IndexTree, IndexTree> copies) {
    Catalog c = new Catalog();
    c.nextRowId = nextRowId;
    for (Map.Entry<String, TableRt> e : tables.entrySet()) c.tables.put(e.getKey(), e.getValue().copy(modifiers, copies));
    return c;
  }

  /** {@code CREATE TABLE}: every foreign key must reference this table or an existing one. */
  void create(TableDef def) {
    if (tables.containsKey(def.name())) throw new EngineException("table '" + def.name() + "' already exists");
    for (ForeignKeyDef fk : def.foreignKeys()) {
      if (!fk.refTable().equals(def.name()) && !tables.containsKey(fk.refTable())) {
        throw new EngineException("foreign key " + fk.name() + " references unknown table '" + fk.refTable() + "'");
      }
      TableDef parent = fk.refTable().equals(def.name()) ? def : table(fk.refTable()).def;
      fk.incompatibility(def, parent).ifPresent(m -> { throw new EngineException(m); });
    }
    tables.put(def.name(), new TableRt(def));
  }

  /**
   * The table of that exact name: table names keep their case (lower_case_table_names=0, the
   * default of both servers on Linux; rules14-table-name-case-rr).
   */
  TableRt table(String name) {
    TableRt t = tables.get(name);
    if (t == null) throw new EngineException("unknown table '" + name + "'");
    return t;
  }

  /** True when no table has this exact name but one has it in another letter case (the server's error 1146). */
  boolean differsOnlyInCase(String name) {
    if (tables.containsKey(name)) return false;
    for (String n : tables.keySet()) if (n.equalsIgnoreCase(name)) return true;
    return false;
  }

  Collection<TableRt> tables() { return tables.values(); }

  /** Names of the tables, in creation order. */
  List<String> names() { return tables.values().stream().map(TableRt::name).toList(); }

  /** Allocates the next hidden DB_ROW_ID. */
  long nextRowId() { return nextRowId++; }

  /** The DB_ROW_ID the next row without a primary key gets. */
  long peekRowId() { return nextRowId; }

  /** True when a foreign key of some table references {@code t}. */
  /** The other tables whose foreign keys reference {@code t} (its children), in creation order. */
  List<TableRt> children(TableRt t) {
    List<TableRt> out = new ArrayList<>();
    for (TableRt c : tables.values()) {
      if (c == t) continue;
      for (ForeignKeyDef fk : c.def.foreignKeys()) {
        if (fk.refTable().equalsIgnoreCase(t.name())) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The other tables that {@code t}'s foreign keys reference (its parents), without repeats. */
  List<TableRt> parents(TableRt t) {
    List<TableRt> out = new ArrayList<>();
    for (ForeignKeyDef fk : t.def.foreignKeys()) {
      TableRt p = tables.get(fk.refTable());
      if (p != null && p != t && !out.contains(p)) out.add(p);
    }
    return out;
  }

  boolean isReferenced(TableRt t) {
    for (TableRt c : tables.values()) {
      for (ForeignKeyDef fk : c.def.foreignKeys()) if (fk.refTable().equals(t.name())) return true;
    }
    return false;
  }

  /** The key of a record as lock lines print it: {@code (20, 2)}, {@code supremum}. */
  String keyText(Rec r) {
    if (r.isSupremum()) return "supremum";
    TableRt t = table(r.index().table());
    StringBuilder b = new StringBuilder("(");
    List<IndexTree.Field> fs = r.index().fields();
    for (int i = 0; i < fs.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(fieldText(t, fs.get(i), r.field(i)));
    }
    return b.append(')').toString();
  }

  private static String fieldText(TableRt t, IndexTree.Field f, Value v) {
    if (f.columnIndex() >= t.def.columns().size()) return "#" + v;
    ColumnType type = t.def.columns().get(f.columnIndex()).type();
    return Values.lockText(v, type);
  }
}
