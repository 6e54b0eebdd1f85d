package dev.innosim.fix;

import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The change a rewrite made, as SQL lines in the manner of a unified diff: {@code - } for a line
 * taken out, {@code + } for a line put in, setup first, then each session ({@code T1: sql;});
 * a changed isolation level is the {@code SET SESSION TRANSACTION ISOLATION LEVEL} a session would
 * run; stateless.
 */
final class Diff {
  private Diff() {}

  static List<String> of(Program a, Program b) {
    List<String> out = new ArrayList<>();
    lines(a.setup().stream().map(s -> s.sql() + ";").toList(), b.setup().stream().map(s -> s.sql() + ";").toList(), out);
    for (Map.Entry<SessionId, List<Program.Stmt>> e : b.sessions().entrySet()) {
      SessionId s = e.getKey();
      if (a.isolationOf(s) != b.isolationOf(s)) {
        out.add("+ " + s.name() + ": SET SESSION TRANSACTION ISOLATION LEVEL " + b.isolationOf(s).sqlName() + ";");
      }
      List<String> before = a.sessions().getOrDefault(s, List.of()).stream().map(x -> s.name() + ": " + x.sql() + ";").toList();
      List<String> after = e.getValue().stream().map(x -> s.name() + ": " + x.sql() + ";").toList();
      lines(before, after, out);
    }
    return out;
  }

  /**
   * The removed and added lines between two lists: the common first and last lines are left out,
   * the lines between are shown as taken out, then as put in (a reordering reads as one block).
   */
  static void lines(List<String> a, List<String> b, List<String> out) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
    for (int i = head; i < a.size() - tail; i++) out.add("- " + a.get(i));
    for (int i = head; i < b.size() - tail; i++) out.add("+ " + b.get(i));
  }
}
