package dev.innosim.log;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted log turned into the lines of the deadlock report it holds, each with its line in the
 * input: error-log prefixes removed (MySQL 8's {@code [MY-012469] [InnoDB]}, 5.7's
 * {@code [Note] InnoDB:}, MariaDB's), other error-log messages dropped, and line breaks that a copy
 * lost put back before the report's fixed phrases; stateless.
 *
 * <p>Example: {@code locked 1302 lock struct(s)} (from {@code tables in use 1, locked 1} and
 * {@code 302 lock struct(s)}) becomes {@code locked 1} and {@code 302 lock struct(s)}.
 */
final class LogLines {
  private LogLines() {}

  /** One line of the report and the 1-based input line it comes from. */
  record Line(int number, String text) {}

  /** An error-log line's prefix: timestamp, optional thread, severity, then the InnoDB tag if InnoDB wrote it. */
  static final Pattern PREFIX = Pattern.compile(
      "(?:\\d{4}-\\d\\d-\\d\\d[T ] ?\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?|\\d{6} [ \\d]\\d:\\d\\d:\\d\\d)"
          + "(?: +\\d+)? +\\[(?:Note|Warning|ERROR|Error|Information|System)\\] +((?:\\[MY-\\d+\\] +\\[InnoDB\\] ?)|InnoDB: ?)?");

  /** Phrases the report always starts a line with; a lost line break is put back before each. */
  private static final Pattern SPLIT = Pattern.compile(String.join("|",
      PREFIX.pattern(),
      "\\*\\*\\* ",
      "TRANSACTION \\d+, ACTIVE ",
      "(?i:mysql) tables in use \\d+",
      "LOCK WAIT \\d+ lock struct",
      "(?:MySQL|MariaDB) thread id \\d+, OS thread handle",
      "RECORD LOCKS space id \\d+",
      "TABLE LOCK table ",
      "Record lock, heap no \\d+",
      "(?<=;;|bytes\\);|NULL;) \\d+: (?:len \\d+;|SQL NULL)"));

  /** {@code tables in use 1, locked 1302 lock struct(s)}: the count of locked tables glued to the lock struct count. */
  private static final Pattern GLUED_COUNTS = Pattern.compile("((?i:mysql) tables in use (\\d+), locked )(\\d+)(\\d+ lock struct\\(s\\).*)");

  static List<Line> of(String text) {
    List<Line> out = new ArrayList<>();
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      for (String piece : split(raw[i])) {
        Matcher p = PREFIX.matcher(piece);
        if (p.lookingAt()) {
          if (p.group(1) == null) continue;  // another component's message
          piece = piece.substring(p.end());
          if (piece.isBlank()) continue;
        }
        addCounts(out, i + 1, piece);
      }
    }
    return out;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    Matcher m = SPLIT.matcher(line);
    int search = 1;
    while (search < line.length() && m.find(search)) {
      int at = m.start();
      if (at > from && !line.substring(from, at).isBlank()) {
        out.add(line.substring(from, at));
        from = at;
      } else if (at > from) {
        from = at;
      }
      search = Math.max(at + 1, m.end());
    }
    out.add(line.substring(from));
    return out;
  }

  private static void addCounts(List<Line> out, int number, String piece) {
    Matcher g = GLUED_COUNTS.matcher(piece);
    if (g.matches()) {
      int inUse = Integer.parseInt(g.group(2));
      String digits = g.group(3) + g.group(4).replaceAll("^(\\d*).*", "$1");
      String rest = g.group(4).replaceFirst("^\\d*", "");
      int cut = 1;
      while (cut < digits.length() - 1 && Long.parseLong(digits.substring(0, cut + 1)) <= inUse) cut++;
      out.add(new Line(number, g.group(1) + digits.substring(0, cut)));
      out.add(new Line(number, digits.substring(cut) + rest));
      return;
    }
    out.add(new Line(number, piece));
  }
}
