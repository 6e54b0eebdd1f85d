package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A deadlock log decoded: each transaction as session Tn (the report's number n), every lock in
 * the scenario format, and the notes on what could not be known; immutable.
 *
 * @param schemaUsed whether a schema decoded the records (else the lock lines show raw hex)
 * @param others     transactions that are not members but own a printed lock (in MariaDB's
 *                   {@code CONFLICTING WITH}), numbered after the members in trx id order
 */
public record DecodedDeadlock(DeadlockLog log, boolean schemaUsed, List<DecodedTransaction> transactions,
                              Map<Long, SessionId> others, List<String> notes) {
  public DecodedDeadlock {
    transactions = List.copyOf(transactions);
    others = Map.copyOf(others);
    notes = List.copyOf(notes);
  }

  /** The victim as printed, as a session. */
  public Optional<SessionId> printedVictim() {
    return log.printedVictim().isPresent() ? Optional.of(SessionId.of(log.printedVictim().getAsInt())) : Optional.empty();
  }

  /**
   * The locks a member holds that the report prints anywhere: its {@code HOLDS THE LOCK(S)}, and
   * its granted locks in any member's {@code CONFLICTING WITH} (MariaDB prints holders only there).
   */
  public List<DecodedLock> heldBy(SessionId s) {
    List<DecodedLock> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (DecodedTransaction t : transactions) {
      List<DecodedLock> candidates = new ArrayList<>();
      if (t.session().equals(s)) candidates.addAll(t.holds());
      candidates.addAll(t.conflicting());
      for (DecodedLock l : candidates) {
        if (!l.owner().equals(s) || l.raw().waiting()) continue;
        if (seen.add(l.rows().toString())) out.add(l);
      }
    }
    return out;
  }

  /** The member of that session. */
  public Optional<DecodedTransaction> transaction(SessionId s) {
    return transactions.stream().filter(t -> t.session().equals(s)).findFirst();
  }

  /**
   * The {@code -- deadlock:} block the oracle writes for this report (without the {@code -- }
   * prefix): the victim, then per member its waited lock and, behind it, the other transactions'
   * locks on that very record that the report shows: MySQL 8.0.18+'s next member's
   * {@code HOLDS THE LOCK(S)}, MariaDB's {@code CONFLICTING WITH}, 5.7's {@code (2) HOLDS}.
   */
  public List<String> blockLines() {
    List<String> out = new ArrayList<>();
    out.add("deadlock: victim " + printedVictim().map(SessionId::name).orElse("?"));
    List<DecodedTransaction> members = new ArrayList<>(transactions);
    members.sort((a, b) -> a.session().compareTo(b.session()));
    for (DecodedTransaction t : members) {
      if (t.waits().isEmpty()) continue;
      TreeSet<String> waits = new TreeSet<>();
      for (LockRow r : t.waits().get().rows()) waits.add("  " + t.session().name() + " waits  " + r.lock().text());
      out.addAll(waits);
      TreeSet<String> behind = new TreeSet<>();
      for (DecodedLock c : candidates(t)) {
        if (c.owner().equals(t.session())) continue;
        for (int i = 0; i < c.rows().size(); i++) {
          if (sameTarget(c, i, t.waits().get())) behind.add("    behind " + c.rows().get(i).text());
        }
      }
      out.addAll(behind);
    }
    return out;
  }

  private List<DecodedLock> candidates(DecodedTransaction t) {
    if (log.server().mariaDb()) {
      List<DecodedLock> c = new ArrayList<>(t.conflicting());
      c.addAll(t.holds());
      return c;
    }
    List<DecodedTransaction> cycle = transactions;
    int j = cycle.indexOf(t);
    if (log.server() == ServerKind.MYSQL_80) return cycle.size() > 1 ? cycle.get((j + 1) % cycle.size()).holds() : List.of();
    List<DecodedLock> all = new ArrayList<>();
    for (DecodedTransaction o : cycle) if (o != t) all.addAll(o.holds());
    return all;
  }

  /** Whether row {@code i} of {@code c} is on the record (or table) that {@code waited} asks for. */
  private static boolean sameTarget(DecodedLock c, int i, DecodedLock waited) {
    if (c.raw() instanceof LoggedLock.TableLock) {
      return waited.raw() instanceof LoggedLock.TableLock && Objects.equals(c.table(), waited.table());
    }
    if (!(c.raw() instanceof LoggedLock.RecordLock cr) || !(waited.raw() instanceof LoggedLock.RecordLock wr)) return false;
    if (cr.space() != wr.space() || cr.page() != wr.page() || !cr.index().equalsIgnoreCase(wr.index())) return false;
    if (cr.records().isEmpty() || wr.records().isEmpty()) return true;  // no heap numbers printed: the page is all we know
    int heap = cr.records().get(i).heapNo();
    return wr.records().stream().anyMatch(r -> r.heapNo() == heap);
  }
}
