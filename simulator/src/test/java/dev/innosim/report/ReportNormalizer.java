package dev.innosim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a deadlock report so that what a simulator cannot know compares equal: timestamps,
 * {@code ACTIVE n sec}, thread, OS handle and query ids, host and user, heap size, space id and page
 * number, database name, DB_TRX_ID and DB_ROLL_PTR bytes and hidden row ids; transaction ids
 * become {@code <trx k>} in order of first appearance, so who holds what is still compared;
 * stateless.
 */
final class ReportNormalizer {
  private ReportNormalizer() {}

  private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d (0x[0-9a-f]+|\\d+)$");
  private static final Pattern TRX_ID = Pattern.compile("(TRANSACTION |trx id )(\\d+)");
  private static final Pattern ACTIVE = Pattern.compile("ACTIVE \\d+ sec");
  private static final Pattern THREAD = Pattern.compile("^(MariaDB|MySQL) thread id \\d+, OS thread handle \\d+, query id \\d+ (?:\\S+ )?(?:\\d+\\.\\d+\\.\\d+\\.\\d+ |::1 )?\\S+ ?(.*)$");
  private static final Pattern FIELD = Pattern.compile("^ (\\d+): len (\\d+); hex [0-9a-f]*; asc .*?;( \\(total \\d+ bytes\\);|;)$", Pattern.DOTALL);
  private static final Pattern INDEX = Pattern.compile(" index (\\S+) of table ");

  /** The normalized lines of one report text (one or more {@code ==== deadlock ... ====} sections). */
  static List<String> normalize(String text) {
    List<String> out = new ArrayList<>();
    Map<String, String> trx = new LinkedHashMap<>();
    String index = "";
    List<String> record = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(" ") && FIELD.matcher(line).matches() || line.matches("^ \\d+: SQL NULL;$")) {
        record.add(line);
        continue;
      }
      flushRecord(out, record, index);
      if (line.startsWith("==== ")) trx.clear();
      if (line.matches("^-+$")) continue;
      if (TIMESTAMP.matcher(line).matches()) {
        out.add("<timestamp>");
        continue;
      }
      Matcher th = THREAD.matcher(line);
      if (th.matches()) {
        out.add(th.group(1) + " thread id <n>, OS thread handle <n>, query id <n> <host> <user> " + th.group(2));
        continue;
      }
      Matcher ix = INDEX.matcher(line);
      if (ix.find()) index = ix.group(1);
      line = ACTIVE.matcher(line).replaceAll("ACTIVE <n> sec");
      line = line.replaceAll("heap size \\d+", "heap size <n>");
      line = line.replaceAll("space id \\d+ page no \\d+", "space id <s> page no <p>");
      line = line.replaceAll("of table `[^`]*`\\.", "of table `<db>`.");
      line = line.replaceAll("table `[^`]*`\\.`", "table `<db>`.`");
      Matcher m = TRX_ID.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String label = trx.computeIfAbsent(m.group(2), k -> "<trx " + (trx.size() + 1) + ">");
        m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + label));
      }
      m.appendTail(b);
      out.add(b.toString());
    }
    flushRecord(out, record, index);
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  /** Masks the system fields of one record dump: DB_TRX_ID + DB_ROLL_PTR (len 6 then len 7) and hidden row ids. */
  private static void flushRecord(List<String> out, List<String> record, String index) {
    int n = record.size();
    boolean[] mask = new boolean[n];
    int[] len = new int[n];
    for (int i = 0; i < n; i++) {
      Matcher m = FIELD.matcher(record.get(i));
      len[i] = m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }
    for (int i = 0; i + 1 < n; i++) {
      if (len[i] == 6 && len[i + 1] == 7) {
        mask[i] = true;
        mask[i + 1] = true;
        break;
      }
    }
    if (index.equals("GEN_CLUST_INDEX") && n > 0 && len[0] == 6) mask[0] = true;
    if (!index.equals("GEN_CLUST_INDEX") && !index.equals("PRIMARY") && n > 0 && len[n - 1] == 6) mask[n - 1] = true;
    for (int i = 0; i < n; i++) {
      String l = record.get(i);
      out.add(mask[i] ? l.substring(0, l.indexOf(';')) + "; <system field>" : l);
    }
    record.clear();
  }
}
