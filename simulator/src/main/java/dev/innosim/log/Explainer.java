package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Explains each held and waited lock of a decoded deadlock with {@link LockRules}: which kinds of
 * statement take it there under the profile, and whether the statement the log shows is one of
 * them; stateless.
 */
public final class Explainer {
  private Explainer() {}

  /** The statement kinds a statement text can be (it may be cut off, so it is read by its first words). */
  public static Set<StatementKind> kindsOf(String statement) {
    String s = statement.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    Set<StatementKind> out = EnumSet.noneOf(StatementKind.class);
    if (s.startsWith("SELECT") || s.startsWith("(SELECT") || s.startsWith("WITH")) {
      if (s.contains(" FOR UPDATE")) out.add(StatementKind.SELECT_FOR_UPDATE);
      else if (s.contains(" FOR SHARE") || s.contains(" LOCK IN SHARE MODE")) out.add(StatementKind.SELECT_FOR_SHARE);
      else out.add(StatementKind.SERIALIZABLE_SELECT);
    } else if (s.startsWith("UPDATE")) {
      out.add(StatementKind.UPDATE);
      out.add(StatementKind.INSERT_DUPLICATE);  // an UPDATE of a unique key checks the new value as an INSERT does
      out.add(StatementKind.FOREIGN_KEY_CHECK);
    } else if (s.startsWith("DELETE")) {
      out.add(StatementKind.DELETE);
      out.add(StatementKind.FOREIGN_KEY_CHECK);
    } else if (s.startsWith("INSERT") || s.startsWith("REPLACE")) {
      out.add(StatementKind.INSERT);
      out.add(StatementKind.INSERT_DUPLICATE);
      out.add(StatementKind.FOREIGN_KEY_CHECK);
      if (s.startsWith("REPLACE") || s.contains(" ON DUPLICATE KEY UPDATE")) out.add(StatementKind.UPSERT);
      if (s.matches(".*\\bSELECT\\b.*")) out.add(StatementKind.INSERT_SELECT);
    } else if (s.startsWith("LOCK TABLE") || s.startsWith("ALTER") || s.startsWith("CREATE")) {
      out.add(StatementKind.LOCK_TABLES);
    }
    return out;
  }

  /** The isolation families the rules consider: the printed levels, else both (most servers print none). */
  public static Set<LockRules.Iso> isolation(DecodedDeadlock d) {
    Set<LockRules.Iso> out = EnumSet.noneOf(LockRules.Iso.class);
    for (DecodedTransaction t : d.transactions()) {
      Optional<IsolationLevel> l = t.logged().isolation();
      l.ifPresent(x -> out.add(x.skipsGapLocks() ? LockRules.Iso.RC : LockRules.Iso.RR));
    }
    return out.isEmpty() ? EnumSet.allOf(LockRules.Iso.class) : out;
  }

  /** One explanation per lock line of the transaction: held locks first, then the waited one. */
  public static List<LockExplanation> explain(DecodedDeadlock d, DecodedTransaction t, LogSchema schema, ServerProfile profile) {
    Set<LockRules.Iso> iso = isolation(d);
    Set<StatementKind> shown = kindsOf(t.logged().statement());
    List<DecodedLock> locks = new ArrayList<>(d.heldBy(t.session()));
    t.waits().ifPresent(locks::add);
    List<LockExplanation> out = new ArrayList<>();
    for (DecodedLock l : locks) {
      for (int i = 0; i < l.rows().size(); i++) {
        LockRow row = l.rows().get(i);
        List<LockRules.Rule> rules;
        if (l.raw() instanceof LoggedLock.TableLock tl) {
          rules = LockRules.matching(LockRules.tableShape(tl.mode()), tl.mode().startsWith("I") ? tl.mode().equals("IX") : !tl.mode().equals("S"),
              LockRules.IndexKind.TABLE, iso, profile);
        } else {
          LoggedLock.RecordLock r = (LoggedLock.RecordLock) l.raw();
          boolean supremum = !l.records().isEmpty() && l.records().get(i).raw().supremum();
          rules = LockRules.matching(LockRules.shape(r.mode(), supremum), r.mode().exclusive(), indexKind(schema, l.table(), r.index()), iso, profile);
        }
        if (row.status() == LockRow.Status.WAITING) {
          rules = rules.stream().filter(r -> r.kinds().stream().anyMatch(StatementKind::statement)).toList();  // a waiting lock is always a request
        }
        Set<StatementKind> matched = EnumSet.noneOf(StatementKind.class);
        for (LockRules.Rule rule : rules) for (StatementKind k : rule.kinds()) if (shown.contains(k)) matched.add(k);
        out.add(new LockExplanation(row, rules, matched));
      }
    }
    return out;
  }

  /** The kind of the named index: from the schema, else guessed from its name (PRIMARY / GEN_CLUST_INDEX clustered, else non-unique). */
  static LockRules.IndexKind indexKind(LogSchema schema, String table, String index) {
    Optional<TableDef> t = schema.table(table);
    if (t.isPresent()) {
      Optional<IndexDef> ix = t.get().index(index);
      if (ix.isPresent()) {
        if (ix.get().name().equals(t.get().clusteredIndex().name())) return LockRules.IndexKind.CLUSTERED;
        return ix.get().unique() ? LockRules.IndexKind.UNIQUE : LockRules.IndexKind.NON_UNIQUE;
      }
    }
    if (index.equals("PRIMARY") || index.equals(TableDef.GEN_CLUST_INDEX)) return LockRules.IndexKind.CLUSTERED;
    return index.toLowerCase(Locale.ROOT).startsWith("uniq") || index.toLowerCase(Locale.ROOT).startsWith("uk_")
        ? LockRules.IndexKind.UNIQUE : LockRules.IndexKind.NON_UNIQUE;
  }
}
