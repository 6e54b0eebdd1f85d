package dev.innosim.log;

import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement a log shows for a member, made runnable: on one line without its {@code ;}, with
 * a table name the log edited (a shard's {@code t_0056}) replaced by the schema's, a multi-row
 * INSERT the server cut at 1024 characters ended after its last whole row (and, when the cut lost
 * its tail and the member's locks are an upsert's, given {@code ON DUPLICATE KEY UPDATE} back);
 * and the splits of a multi-row INSERT at a row boundary, which stand for another statement
 * running between its rows. Stateless.
 *
 * <p>Example: {@code insert into t (..) values (1,..), (2,..), (3,} becomes
 * {@code insert into t (..) values (1,..), (2,..) ON DUPLICATE KEY UPDATE c = VALUES(c)}.
 */
public final class ShownStatement {
  private ShownStatement() {}

  /** One way to run the shown statement: what it assumes and its statements (the last one is the shown one, or its rest). */
  public record Variant(String why, List<String> sql) {
    public Variant {
      sql = List.copyOf(sql);
    }
  }

  private static final Pattern INSERT_HEAD = Pattern.compile("(?is)^\\s*(insert|replace)\\b.*?\\bvalues?\\s*(?=\\()");

  /** The ways to run {@code t}'s shown statement, the plainest first; empty when the log shows none. */
  public static List<Variant> variants(DecodedDeadlock d, DecodedTransaction t, LogSchema schema) {
    String stmt = oneLine(aliased(d, t, t.logged().statement()));
    if (stmt.isEmpty()) return List.of();
    List<Variant> out = new ArrayList<>();
    Matcher head = INSERT_HEAD.matcher(stmt);
    if (!head.find()) {
      out.add(new Variant("the shown statement", List.of(stmt)));
      return out;
    }
    String prefix = stmt.substring(0, head.end());
    List<String> tuples = new ArrayList<>();
    int end = tuples(stmt, head.end(), tuples);
    String tail = end < 0 ? "" : stmt.substring(end).strip();
    boolean cut = end < 0 || (!tail.isEmpty() && !tail.matches("(?is)(on\\s+duplicate\\s+key\\s+update\\b.*|as\\s+\\w+.*)"));
    if (tuples.isEmpty()) {
      out.add(new Variant("the shown statement", List.of(stmt)));
      return out;
    }
    List<String> tails = new ArrayList<>();
    if (!cut) {
      tails.add(tail);
    } else {
      Optional<String> upsert = upsertClause(d, t, schema, prefix);
      if (upsertLocks(d, t) && upsert.isPresent()) tails.add(upsert.get());
      tails.add("");
      if (!upsertLocks(d, t) && upsert.isPresent()) tails.add(upsert.get());
    }
    for (String tl : tails) {
      String whole = join(prefix, tuples, tl);
      String why = !cut ? "the shown statement"
          : "the shown statement, cut by the log, ended after its " + tuples.size() + " whole row" + (tuples.size() == 1 ? "" : "s")
            + (tl.isEmpty() ? "" : " with " + tl);
      out.add(new Variant(why, List.of(whole)));
    }
    for (String tl : tails) {
      for (int k = 1; k < tuples.size() && k <= 4; k++) {
        out.add(new Variant("the shown statement split after its row " + k + " (another statement ran between its rows)",
            List.of(join(prefix, tuples.subList(0, k), tl), join(prefix, tuples.subList(k, tuples.size()), tl))));
      }
    }
    return out;
  }

  private static String join(String prefix, List<String> tuples, String tail) {
    return prefix + String.join(", ", tuples) + (tail.isEmpty() ? "" : " " + tail);
  }

  /**
   * Reads the parenthesized tuples from {@code from} into {@code out}; returns where the text after
   * the last whole tuple starts, or -1 when the statement was cut inside a tuple (the whole tuples
   * before it are kept).
   */
  static int tuples(String s, int from, List<String> out) {
    int i = from;
    int lastEnd = from;
    while (i < s.length()) {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) i++;
      if (i >= s.length() || s.charAt(i) != '(') return lastEnd;
      int depth = 0;
      char quote = 0;
      int start = i;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quote != 0) {
          if (c == '\\') { i++; continue; }
          if (c == quote) quote = 0;
          continue;
        }
        if (c == '\'' || c == '"') quote = c;
        else if (c == '(') depth++;
        else if (c == ')' && --depth == 0) break;
      }
      if (i >= s.length()) return -1;
      out.add(s.substring(start, i + 1));
      i++;
      lastEnd = i;
    }
    return lastEnd;
  }

  /** Whether a member's locks are an upsert's on a unique index: an X next-key lock (held or waited) on a unique secondary or primary record. */
  private static boolean upsertLocks(DecodedDeadlock d, DecodedTransaction t) {
    List<DecodedLock> all = new ArrayList<>(t.holds());
    t.waits().ifPresent(all::add);
    for (DecodedLock l : all) {
      if (l.raw() instanceof LoggedLock.RecordLock r && r.mode().exclusive() && !r.mode().gap() && !r.mode().recNotGap()
          && !r.mode().insertIntention()) return true;
    }
    return false;
  }

  /** {@code ON DUPLICATE KEY UPDATE c = VALUES(c), ...} for the inserted columns that are in no unique key. */
  private static Optional<String> upsertClause(DecodedDeadlock d, DecodedTransaction t, LogSchema schema, String prefix) {
    Matcher m = Pattern.compile("(?is)into\\s+[`\"]?([\\w$]+)[`\"]?(?:\\s*\\.\\s*[`\"]?([\\w$]+)[`\"]?)?\\s*\\(([^)]*)\\)").matcher(prefix);
    if (!m.find()) return Optional.empty();
    Optional<TableDef> table = schema.table(m.group(2) != null ? m.group(2) : m.group(1));
    if (table.isEmpty()) return Optional.empty();
    List<String> keyCols = new ArrayList<>();
    for (IndexDef ix : table.get().allIndexes()) if (ix.unique() || ix.primary()) keyCols.addAll(ix.columns());
    List<String> set = new ArrayList<>();
    for (String c : m.group(3).split(",")) {
      String col = c.strip().replaceAll("[`\"]", "");
      if (col.isEmpty() || keyCols.stream().anyMatch(k -> k.equalsIgnoreCase(col))) continue;
      if (table.get().column(col).isEmpty()) continue;
      set.add(col + " = VALUES(" + col + ")");
    }
    return set.isEmpty() ? Optional.empty() : Optional.of("ON DUPLICATE KEY UPDATE " + String.join(", ", set));
  }

  /** The statement on one line, without a trailing {@code ;}. */
  static String oneLine(String s) {
    return s.strip().replaceAll(";\\s*$", "").replaceAll("\\s*\\n\\s*", " ").strip();
  }

  /**
   * The statement with the table names the log edited put back: a member's lock struct that names
   * the table differently from the schema (the decoder maps both to the schema's table) gives the
   * mapping. Example: {@code update `fund_transfer_stream_0056`} becomes {@code update `fund_transfer_stream`}.
   */
  static String aliased(DecodedDeadlock d, DecodedTransaction t, String stmt) {
    Map<String, String> names = new LinkedHashMap<>();
    for (DecodedTransaction o : d.transactions()) {
      List<DecodedLock> all = new ArrayList<>(o.holds());
      o.waits().ifPresent(all::add);
      for (DecodedLock l : all) if (!l.raw().table().equals(l.table())) names.put(l.raw().table(), l.table());
    }
    String out = stmt;
    for (Map.Entry<String, String> e : names.entrySet()) {
      out = out.replaceAll("(?i)(?<![\\w$])" + Pattern.quote(e.getKey()) + "(?![\\w$])", Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  /** The columns of {@code table} a statement compares with a literal by {@code =} in its WHERE, with the literals' texts. */
  public static Map<String, String> equalities(String stmt, TableDef table) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher w = Pattern.compile("(?is)\\bwhere\\b(.*)$").matcher(stmt);
    if (!w.find()) return out;
    Matcher m = Pattern.compile("(?<![<>!])[`\"]?([A-Za-z_][\\w$]*)[`\"]?\\s*=\\s*('(?:[^'\\\\]|''|\\\\.)*'|-?\\d+(?:\\.\\d+)?)").matcher(w.group(1));
    while (m.find()) {
      Optional<ColumnDef> c = table.column(m.group(1));
      if (c.isPresent()) out.putIfAbsent(c.get().name(), m.group(2));
    }
    return out;
  }
}
