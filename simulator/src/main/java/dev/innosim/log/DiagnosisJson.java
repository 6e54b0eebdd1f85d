package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The diagnosis as one JSON object (server, victim, transactions with their lock rows, decoded fields and explanations, verdict); stateless. */
public final class DiagnosisJson {
  private DiagnosisJson() {}

  public static String render(DecodedDeadlock d, LogSchema schema, ServerProfile profile, int count, String verdict, Optional<String> scenario) {
    DeadlockLog log = d.log();
    StringBuilder b = new StringBuilder("{");
    b.append("\"deadlock\":").append(log.ordinal()).append(",\"deadlocks_in_file\":").append(count)
        .append(",\"line\":").append(log.line()).append(",\"layout\":").append(s(log.server().name()))
        .append(",\"server\":").append(s(log.server().versions())).append(",\"profile\":").append(s(profile.name()))
        .append(",\"too_deep\":").append(log.tooDeep())
        .append(",\"printed_victim\":").append(log.printedVictim().isPresent() ? String.valueOf(log.printedVictim().getAsInt()) : "null")
        .append(",\"victim_line_trusted\":").append(log.server().victimLineTrusted())
        .append(",\"victim_note\":").append(s(log.victimNote())).append(",\"transactions\":[");
    List<String> trx = new ArrayList<>();
    for (DecodedTransaction t : d.transactions()) {
      LoggedTransaction l = t.logged();
      StringBuilder x = new StringBuilder("{");
      x.append("\"session\":").append(s(t.session().name())).append(",\"number\":").append(l.number())
          .append(",\"trx_id\":").append(l.trxId()).append(",\"active_seconds\":").append(l.activeSeconds())
          .append(",\"state\":").append(s(l.state())).append(",\"isolation\":").append(l.isolation().map(i -> s(i.sqlName())).orElse("null"))
          .append(",\"lock_wait\":").append(l.lockWait()).append(",\"lock_structs\":").append(l.lockStructs())
          .append(",\"row_locks\":").append(l.rowLocks()).append(",\"undo_entries\":").append(l.undoEntries())
          .append(",\"thread_id\":").append(l.threadId()).append(",\"statement\":").append(s(l.statement())).append(",\"locks\":[");
      List<LockExplanation> why = Explainer.explain(d, t, schema, profile);
      List<String> locks = new ArrayList<>();
      int k = 0;
      List<DecodedLock> all = new ArrayList<>(d.heldBy(t.session()));
      t.waits().ifPresent(all::add);
      for (DecodedLock lock : all) {
        for (int i = 0; i < lock.rows().size(); i++) {
          LockRow row = lock.rows().get(i);
          StringBuilder y = new StringBuilder("{");
          y.append("\"line\":").append(s(row.text())).append(",\"status\":").append(s(row.status().word()));
          if (i < lock.records().size()) {
            DecodedRecord r = lock.records().get(i);
            y.append(",\"heap_no\":").append(r.raw().heapNo()).append(",\"delete_marked\":").append(r.deleteMarked()).append(",\"fields\":[");
            List<String> fs = new ArrayList<>();
            for (DecodedField f : r.fields()) {
              fs.add("{\"column\":" + s(f.column()) + ",\"role\":" + s(f.role().name()) + ",\"value\":" + s(f.value()) + "}");
            }
            y.append(String.join(",", fs)).append(']');
          }
          LockExplanation e = why.get(k++);
          List<String> rules = new ArrayList<>();
          for (LockRules.Rule r : e.rules()) {
            rules.add("{\"statements\":[" + String.join(",", r.kinds().stream().map(StatementKind::name).map(DiagnosisJson::s).toList())
                + "],\"when\":" + s(r.when()) + "}");
          }
          y.append(",\"rules\":[").append(String.join(",", rules)).append("],\"shown_statement_is\":[")
              .append(String.join(",", e.shownKinds().stream().sorted().map(StatementKind::name).map(DiagnosisJson::s).toList())).append("]}");
          locks.add(y.toString());
        }
      }
      x.append(String.join(",", locks)).append("]}");
      trx.add(x.toString());
    }
    b.append(String.join(",", trx)).append("],\"deadlock_block\":[")
        .append(String.join(",", d.blockLines().stream().map(DiagnosisJson::s).toList())).append("],\"notes\":[")
        .append(String.join(",", d.notes().stream().map(DiagnosisJson::s).toList())).append("],\"verdict\":").append(s(verdict))
        .append(",\"scenario\":").append(scenario.map(DiagnosisJson::s).orElse("null")).append('}');
    return b.toString();
  }

  static String s(String v) {
    return dev.innosim.sql.Json.string(v);
  }
}
