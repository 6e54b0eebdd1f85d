package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text a user reads for one decoded deadlock: the server the log came from, each transaction's
 * facts and statement, every lock line with its decoded record and why it is there, then the
 * notes; stateless.
 */
public final class DiagnosisText {
  private DiagnosisText() {}

  private static final int STATEMENT_WIDTH = 300;

  public static String render(DecodedDeadlock d, LogSchema schema, ServerProfile profile, int count) {
    DeadlockLog log = d.log();
    StringBuilder b = new StringBuilder();
    b.append("deadlock ").append(log.ordinal()).append(" of ").append(count).append(" (line ").append(log.line()).append("): ")
        .append(log.server().versions()).append(" layout; explained with the ").append(profile.name()).append(" rules\n");
    log.timestamp().ifPresent(t -> b.append("  printed at ").append(t).append('\n'));
    b.append("  victim: ").append(log.victimNote()).append('\n');
    Set<LockRules.Iso> iso = Explainer.isolation(d);
    b.append("  isolation: ").append(iso.size() == 2 ? "not printed (rules of both REPEATABLE READ and READ COMMITTED shown)"
        : iso.contains(LockRules.Iso.RR) ? "REPEATABLE READ (printed)" : "READ COMMITTED (printed)").append('\n');
    for (DecodedTransaction t : d.transactions()) {
      LoggedTransaction l = t.logged();
      b.append('\n').append(t.session().name()).append(" = transaction (").append(l.number()).append("), trx id ").append(l.trxId())
          .append(", ACTIVE ").append(l.activeSeconds()).append(" sec").append(l.state().isEmpty() ? "" : " " + l.state()).append('\n');
      b.append("  ").append(l.lockStructs()).append(" lock struct(s), ").append(l.rowLocks()).append(" row lock(s), undo log entries ")
          .append(l.undoEntries()).append(l.lockWait() ? ", LOCK WAIT" : "").append(", tables in use ").append(l.tablesInUse())
          .append(", locked ").append(l.tablesLocked()).append(l.isolation().map(i -> ", " + i.sqlName()).orElse("")).append('\n');
      b.append("  statement: ").append(oneLine(l.statement())).append('\n');
      List<LockExplanation> why = Explainer.explain(d, t, schema, profile);
      int k = 0;
      List<DecodedLock> locks = new ArrayList<>(d.heldBy(t.session()));
      t.waits().ifPresent(locks::add);
      for (DecodedLock lock : locks) {
        for (int i = 0; i < lock.rows().size(); i++) {
          LockRow row = lock.rows().get(i);
          b.append("  ").append(row.text()).append('\n');
          if (i < lock.records().size()) {
            fields(b, lock.records().get(i));
            changedBy(b, d, lock.records().get(i));
          }
          explanation(b, why.get(k++), l.statement().isEmpty());
        }
      }
      if (d.heldBy(t.session()).isEmpty()) {
        boolean hidden = !log.server().mariaDb() && log.server() != ServerKind.MYSQL_80 && l.number() == 1 && d.transactions().size() == 2;
        b.append(hidden ? "  (this layout prints no lock of (1): it holds the lock (2) waits for)\n" : "  (the report prints no lock this transaction holds)\n");
      }
    }
    b.append('\n').append("-- deadlock block (scenario format):\n");
    for (String line : d.blockLines()) b.append("-- ").append(line).append('\n');
    for (String n : d.notes()) b.append("note: ").append(n).append('\n');
    return b.toString();
  }

  private static void fields(StringBuilder b, DecodedRecord r) {
    PhysicalRecord p = r.raw();
    if (r.fields().isEmpty()) {
      if (!p.supremum() && p.dumped()) {
        b.append("      heap no ").append(p.heapNo()).append(", info bits ").append(p.infoBits()).append(": ")
            .append(p.fields().stream().map(f -> f.isNull() ? "NULL" : f.asc().isBlank() ? "0x" + f.hex().get() : "0x" + f.hex().get() + " '" + f.asc() + "'")
                .collect(Collectors.joining(", "))).append('\n');
      }
      return;
    }
    b.append("      heap no ").append(p.heapNo()).append(r.deleteMarked() ? ", delete-marked" : "").append(": ");
    List<String> shown = new ArrayList<>();
    for (DecodedField f : r.fields()) {
      if (f.role() == DecodedField.Role.TRX_ID) {
        shown.add("DB_TRX_ID=" + f.value() + " (last changed by that trx)");
      } else if (f.role() == DecodedField.Role.ROLL_PTR) {
        continue;
      } else {
        shown.add(f.column() + "=" + f.value());
      }
    }
    b.append(String.join(", ", shown)).append('\n');
  }

  /** A clustered record's DB_TRX_ID that is a member's id: that member changed the row, in a statement the log may not show. */
  private static void changedBy(StringBuilder b, DecodedDeadlock d, DecodedRecord r) {
    for (DecodedField f : r.fields()) {
      if (f.role() != DecodedField.Role.TRX_ID) continue;
      for (DecodedTransaction t : d.transactions()) {
        if (String.valueOf(t.logged().trxId()).equals(f.value())) {
          b.append("      log: DB_TRX_ID is ").append(t.session().name()).append("'s: ").append(t.session().name())
              .append(" inserted, updated or deleted this row").append(r.deleteMarked() ? " (deleted: the delete mark)" : "").append('\n');
        }
      }
    }
  }

  private static void explanation(StringBuilder b, LockExplanation e, boolean noStatement) {
    if (e.rules().isEmpty()) {
      b.append("      why: no rule of this profile takes this lock here\n");
      return;
    }
    for (LockRules.Rule r : e.rules()) {
      b.append("      why: ").append(r.kinds().stream().map(StatementKind::words).collect(Collectors.joining(" | "))).append(": ")
          .append(r.when()).append(r.iso().size() == 1 ? r.iso().contains(LockRules.Iso.RR) ? " [RR]" : " [RC]" : "").append('\n');
    }
    String shown;
    if (noStatement) {
      shown = "the log shows no statement for this transaction";
    } else if (e.shownKinds().isEmpty()) {
      shown = "not the statement shown: an earlier statement of this transaction (not in the log) took it";
    } else {
      shown = "the statement shown is " + e.shownKinds().stream().sorted().map(StatementKind::words).collect(Collectors.joining(" / "))
          + (e.row().status() == LockRow.Status.WAITING ? ": it is the one waiting" : ": it may have taken it, or an earlier statement did");
    }
    b.append("      log: ").append(shown).append('\n');
  }

  static String oneLine(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) return "(none printed)";
    return t.length() <= STATEMENT_WIDTH ? t : t.substring(0, STATEMENT_WIDTH) + "... (" + t.length() + " chars)";
  }
}
