package dev.innosim.log;

import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decodes a {@link DeadlockLog} with a {@link LogSchema} into a {@link DecodedDeadlock}: tables
 * and indexes resolved (two names on one space id are one table whose name was edited), records
 * decoded, locks written as lock lines; stateless.
 */
public final class DeadlockDecoder {
  private DeadlockDecoder() {}

  /** One line saying what a schema would add when none was given. */
  public static final String NO_SCHEMA_NOTE =
      "no schema given: fields are shown as the raw bytes the server printed; with --schema (SHOW CREATE TABLE) they become "
          + "column values, the key columns are told from DB_TRX_ID / DB_ROLL_PTR / the other columns, and the locks can be reconstructed";

  /**
   * Decodes one deadlock.
   *
   * @throws LogFormatException when the schema lacks a table or index the log names, or a record
   *     does not fit its index
   */
  public static DecodedDeadlock decode(String logFile, DeadlockLog log, LogSchema schema) {
    List<String> notes = new ArrayList<>();
    Map<Long, String> spaceTables = spaceTables(log, schema, notes);
    Map<Long, SessionId> others = new TreeMap<>();
    for (LoggedTransaction t : log.transactions()) {
      for (LoggedLock l : all(t)) {
        if (log.numberOf(l.trxId()).isEmpty()) others.putIfAbsent(l.trxId(), null);
      }
    }
    int next = log.transactions().stream().mapToInt(LoggedTransaction::number).max().orElse(0) + 1;
    for (Map.Entry<Long, SessionId> e : others.entrySet()) e.setValue(SessionId.of(next++));
    List<DecodedTransaction> out = new ArrayList<>();
    for (LoggedTransaction t : log.transactions()) {
      List<DecodedLock> holds = new ArrayList<>();
      for (LoggedLock l : t.holds()) holds.add(lock(logFile, log, l, schema, spaceTables, others));
      Optional<DecodedLock> waits = t.waits().map(l -> lock(logFile, log, l, schema, spaceTables, others));
      List<DecodedLock> conflicting = new ArrayList<>();
      for (LoggedLock l : t.conflicting()) conflicting.add(lock(logFile, log, l, schema, spaceTables, others));
      out.add(new DecodedTransaction(t, SessionId.of(t.number()), holds, waits, conflicting));
    }
    if (schema.isEmpty()) notes.add(NO_SCHEMA_NOTE);
    if (log.tooDeep()) {
      notes.add("TOO DEEP OR LONG SEARCH: the server gave up searching the wait-for graph (more than 200 transactions deep or "
          + "1,000,000 locks) and rolled back the requester; the log shows no cycle, so there is none to reproduce");
    }
    return new DecodedDeadlock(log, !schema.isEmpty(), out, others, notes);
  }

  private static List<LoggedLock> all(LoggedTransaction t) {
    List<LoggedLock> all = new ArrayList<>(t.holds());
    t.waits().ifPresent(all::add);
    all.addAll(t.conflicting());
    return all;
  }

  /** Space id to the schema's table: the printed name if the schema has it, else another name printed with that space id. */
  private static Map<Long, String> spaceTables(DeadlockLog log, LogSchema schema, List<String> notes) {
    Map<Long, LinkedHashSet<String>> names = new TreeMap<>();
    for (LoggedTransaction t : log.transactions()) {
      for (LoggedLock l : all(t)) {
        if (l instanceof LoggedLock.RecordLock r) names.computeIfAbsent(r.space(), k -> new LinkedHashSet<>()).add(r.table());
      }
    }
    Map<Long, String> out = new TreeMap<>();
    for (Map.Entry<Long, LinkedHashSet<String>> e : names.entrySet()) {
      Optional<String> known = e.getValue().stream().filter(n -> schema.table(n).isPresent()).findFirst();
      if (known.isPresent()) out.put(e.getKey(), schema.table(known.get()).get().name());
      if (e.getValue().size() > 1) {
        notes.add("space id " + e.getKey() + " is printed with the table names " + String.join(", ", e.getValue())
            + ": one physical table whose name was edited in the log" + known.map(k -> "; read as " + k).orElse(""));
      }
    }
    return out;
  }

  private static DecodedLock lock(String file, DeadlockLog log, LoggedLock l, LogSchema schema, Map<Long, String> spaceTables,
                                  Map<Long, SessionId> others) {
    SessionId owner = log.numberOf(l.trxId()).isPresent() ? SessionId.of(log.numberOf(l.trxId()).getAsInt()) : others.get(l.trxId());
    LockRow.Status status = l.waiting() ? LockRow.Status.WAITING : LockRow.Status.GRANTED;
    Optional<TableDef> table = schema.table(l.table());
    if (table.isEmpty() && l instanceof LoggedLock.RecordLock r && spaceTables.containsKey(r.space())) {
      table = schema.table(spaceTables.get(r.space()));
    }
    if (table.isEmpty() && !schema.isEmpty()) {
      throw new LogFormatException(file, l.line(), "table " + l.table() + " is not in the schema (has: "
          + schema.tables().values().stream().map(TableDef::name).collect(java.util.stream.Collectors.joining(", ")) + ")", l.database() + "." + l.table());
    }
    // the name as the server printed it (its lower_case_table_names decides the case), or the
    // schema's table the space id led to (a sharded name), in lower case as before
    String tableName = table.map(t -> t.name().equalsIgnoreCase(l.table()) ? l.table() : t.name().toLowerCase(java.util.Locale.ROOT))
        .orElse(l.table());
    if (l instanceof LoggedLock.TableLock t) {
      return new DecodedLock(l, owner, tableName, List.of(new LockRow(owner, status, new LockRef.Table(tableName, t.mode()))), List.of());
    }
    LoggedLock.RecordLock r = (LoggedLock.RecordLock) l;
    Optional<IndexDef> index = table.flatMap(t -> t.index(r.index()));
    if (table.isPresent() && index.isEmpty()) {
      throw new LogFormatException(file, l.line(), "index " + r.index() + " is not in table " + tableName + " of the schema (has: "
          + String.join(", ", table.get().allIndexes().stream().map(IndexDef::name).toList()) + ")", r.index());
    }
    String indexName = index.map(IndexDef::name).orElse(r.index());
    List<DecodedRecord> records = new ArrayList<>();
    for (PhysicalRecord p : r.records()) {
      records.add(table.isPresent() ? RecordDecoder.decode(file, p, table.get(), index.get(), schema) : raw(p, r.index()));
    }
    List<LockRow> rows = new ArrayList<>();
    if (records.isEmpty()) {
      rows.add(new LockRow(owner, status, new LockRef.Record(tableName, indexName, r.mode().text(), "(records not printed)", false)));
    }
    for (DecodedRecord d : records) {
      rows.add(new LockRow(owner, status, new LockRef.Record(tableName, indexName, r.mode().text(), d.lockData(), d.deleteMarked())));
    }
    return new DecodedLock(l, owner, tableName, rows, records);
  }

  /** Without a schema: the key fields' bytes, the key told from a clustered record's 6- and 7-byte system fields. */
  private static DecodedRecord raw(PhysicalRecord p, String index) {
    if (p.supremum()) return new DecodedRecord(p, List.of(), "supremum", false);
    if (!p.dumped() || p.fields().isEmpty()) return new DecodedRecord(p, List.of(), "(heap no " + p.heapNo() + ", not printed)", p.deleteMarked());
    int keyEnd = p.fields().size();
    boolean clustered = index.equals("PRIMARY") || index.equals(TableDef.GEN_CLUST_INDEX);
    for (int i = 0; i + 1 < p.fields().size(); i++) {
      if (p.fields().get(i).totalLength() == 6 && p.fields().get(i + 1).totalLength() == 7 && (clustered || i > 0)) {
        keyEnd = i;
        break;
      }
    }
    if (!clustered && keyEnd != p.fields().size()) keyEnd = p.fields().size();
    List<String> key = new ArrayList<>();
    for (int i = 0; i < keyEnd; i++) {
      RawField f = p.fields().get(i);
      key.add(f.isNull() ? "NULL" : "0x" + HexFormat.of().formatHex(f.bytes()) + (f.truncated() ? "...(" + f.totalLength() + " bytes)" : ""));
    }
    return new DecodedRecord(p, List.of(), "(" + String.join(", ", key) + ")", p.deleteMarked());
  }
}
