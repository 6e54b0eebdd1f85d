package dev.innosim.log;

import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a record dump of one index with the table's definition: which column each field is
 * (InnoDB's field order: the index's parts, then the clustered key; a clustered record adds
 * {@code DB_TRX_ID}, {@code DB_ROLL_PTR} and the other columns), each value, and the key a lock
 * line shows; stateless.
 *
 * <p>Example: {@code KEY idx_order_id (order_id)} of a table without a primary key stores
 * {@code (order_id, DB_ROW_ID)}: {@code 80000014}, {@code 000000000316} is {@code (20, #790)}.
 */
final class RecordDecoder {
  private RecordDecoder() {}

  /** One field slot of an index record. */
  private record Slot(String column, DecodedField.Role role, Optional<ColumnDef> def, int prefix) {}

  static DecodedRecord decode(String file, PhysicalRecord r, TableDef t, IndexDef index, LogSchema schema) {
    if (r.supremum()) return new DecodedRecord(r, List.of(), "supremum", false);
    if (!r.dumped() || r.fields().isEmpty()) return new DecodedRecord(r, List.of(), "(heap no " + r.heapNo() + ", not printed)", r.deleteMarked());
    List<Slot> slots = slots(t, index);
    boolean clustered = index.name().equals(t.clusteredIndex().name());
    int keyAndSystem = (int) slots.stream().filter(s -> s.role() != DecodedField.Role.COLUMN).count();
    int n = r.fields().size();
    boolean fits = clustered ? n >= keyAndSystem && n <= slots.size() : n == slots.size();
    if (!fits) {
      throw new LogFormatException(file, r.line(), "record has " + n + " fields but " + t.name() + "." + index.name() + " stores "
          + (clustered ? keyAndSystem + " to " + slots.size() : String.valueOf(slots.size())) + " ("
          + String.join(", ", slots.stream().map(Slot::column).toList()) + ")", "heap no " + r.heapNo());
    }
    List<DecodedField> fields = new ArrayList<>();
    List<String> key = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Slot s = slots.get(i);
      RawField f = r.fields().get(i);
      checkSize(file, r, s, f, t.name(), schema);
      FieldDecoder.Decoded d;
      switch (s.role()) {
        case ROW_ID: d = FieldDecoder.rowId(f); break;
        case TRX_ID: d = new FieldDecoder.Decoded(new java.math.BigInteger(1, f.bytes()).toString(), ""); break;
        case ROLL_PTR: d = new FieldDecoder.Decoded("0x" + HexFormat.of().formatHex(f.bytes()), ""); break;
        default: d = FieldDecoder.decode(f, s.def().orElseThrow().type(), schema.charset(t.name(), s.column()));
      }
      fields.add(new DecodedField(s.column(), s.role(), d.value(), d.lockText()));
      if (s.role().inKey()) key.add(d.lockText());
    }
    return new DecodedRecord(r, fields, "(" + String.join(", ", key) + ")", r.deleteMarked());
  }

  private static void checkSize(String file, PhysicalRecord r, Slot s, RawField f, String table, LogSchema schema) {
    if (f.isNull()) {
      boolean nullable = s.def().map(ColumnDef::nullable).orElse(false);
      if (!nullable) throw misfit(file, r, s, f, "is SQL NULL but the column is NOT NULL");
      return;
    }
    int len = f.totalLength();
    switch (s.role()) {
      case ROW_ID: case TRX_ID:
        if (len != 6) throw misfit(file, r, s, f, "has " + len + " bytes, expected 6");
        return;
      case ROLL_PTR:
        if (len != 7) throw misfit(file, r, s, f, "has " + len + " bytes, expected 7");
        return;
      default:
    }
    var type = s.def().orElseThrow().type();
    Optional<Integer> fixed = FieldDecoder.fixedSize(type);
    if (fixed.isPresent() && fixed.get() != len) {
      throw misfit(file, r, s, f, "has " + len + " bytes, but " + type + " stores " + fixed.get());
    }
    if (fixed.isEmpty() && len > FieldDecoder.maxBytes(type, s.prefix(), schema.charset(table, s.column()))) {
      throw misfit(file, r, s, f, "has " + len + " bytes, more than " + type + (s.prefix() > 0 ? "(" + s.prefix() + ")" : "") + " can store");
    }
  }

  private static LogFormatException misfit(String file, PhysicalRecord r, Slot s, RawField f, String why) {
    return new LogFormatException(file, r.line(), "field " + f.position() + " (" + s.column() + ") " + why, f.text().strip());
  }

  /** The fields of a record of {@code index}, in stored order. */
  private static List<Slot> slots(TableDef t, IndexDef index) {
    IndexDef clustered = t.clusteredIndex();
    List<Slot> out = new ArrayList<>();
    boolean isClustered = index.name().equals(clustered.name());
    List<KeyPart> parts = isClustered ? clustered.parts() : t.recordFields(index);
    int own = index.parts().size();
    for (int i = 0; i < parts.size(); i++) {
      KeyPart p = parts.get(i);
      if (p.column().equals(TableDef.ROW_ID_COLUMN)) {
        out.add(new Slot("DB_ROW_ID", DecodedField.Role.ROW_ID, Optional.empty(), 0));
      } else {
        out.add(new Slot(p.column(), isClustered || i < own ? DecodedField.Role.KEY : DecodedField.Role.PRIMARY_KEY,
            t.column(p.column()), p.prefixLength()));
      }
    }
    if (!isClustered) return out;
    out.add(new Slot("DB_TRX_ID", DecodedField.Role.TRX_ID, Optional.empty(), 0));
    out.add(new Slot("DB_ROLL_PTR", DecodedField.Role.ROLL_PTR, Optional.empty(), 0));
    for (ColumnDef c : t.columns()) {
      boolean inKey = clustered.parts().stream().anyMatch(p -> p.column().equals(c.name()) && !p.isPrefix());
      if (!inKey) out.add(new Slot(c.name(), DecodedField.Role.COLUMN, Optional.of(c), 0));
    }
    return out;
  }
}
