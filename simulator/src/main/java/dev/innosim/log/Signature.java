package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two deadlocks the same: per member the lock it waits for and the locks of it that
 * others wait behind (tables, indexes, modes, records), and the victim; hidden row ids compared by
 * rank, since a log prints the server's global counter; immutable.
 */
public record Signature(Map<SessionId, Set<String>> waits, Map<SessionId, Set<String>> holds, Optional<SessionId> victim) {
  public Signature {
    waits = Map.copyOf(waits);
    holds = Map.copyOf(holds);
  }

  private static final Pattern ROW_ID = Pattern.compile("#(\\d+)");
  /** A lock line's record part when the log printed no dump: {@code (records not printed)}, {@code (heap no 56, not printed)}. */
  private static final Pattern NOT_PRINTED = Pattern.compile("^(.*) \\((?:records|heap no \\d+,) not printed\\)$");

  /** The signature of a {@code -- deadlock:} block's lines (with or without their {@code -- } prefix). */
  public static Signature ofBlock(List<String> block) {
    Map<SessionId, Set<String>> waits = new TreeMap<>();
    Map<SessionId, Set<String>> holds = new TreeMap<>();
    Optional<SessionId> victim = Optional.empty();
    List<String> lines = rankRowIds(block.stream().map(l -> l.startsWith("-- ") ? l.substring(3) : l).toList());
    for (String l : lines) {
      String t = l.strip();
      if (t.startsWith("deadlock: victim ")) {
        String v = t.substring("deadlock: victim ".length()).strip();
        victim = v.matches("T\\d+") ? Optional.of(SessionId.parse(v)) : Optional.empty();
        continue;
      }
      if (t.startsWith("behind ")) t = t.substring("behind ".length());
      Optional<LockRow> r = LockRow.parse(t);
      if (r.isEmpty()) continue;
      (r.get().status() == LockRow.Status.WAITING && !l.strip().startsWith("behind") ? waits : holds)
          .computeIfAbsent(r.get().session(), k -> new TreeSet<>()).add(r.get().lock().text());
    }
    return new Signature(waits, holds, victim);
  }

  /** The signature of a decoded log; the victim only when the server's victim line can be believed. */
  public static Signature of(DecodedDeadlock d) {
    Signature s = ofBlock(d.blockLines());
    return d.log().server().victimLineTrusted() ? s : new Signature(s.waits, s.holds, Optional.empty());
  }

  /** What {@code run} lacks of this (the log's) signature, one sentence each; empty when the run has the log's deadlock. */
  public List<String> differences(Signature run) {
    List<String> out = new ArrayList<>();
    if (!waits.keySet().equals(run.waits.keySet())) {
      out.add("members: the log has " + waits.keySet() + ", the run " + run.waits.keySet());
    }
    for (Map.Entry<SessionId, Set<String>> e : waits.entrySet()) {
      Set<String> got = run.waits.getOrDefault(e.getKey(), Set.of());
      if (!matches(e.getValue(), got, true)) out.add(e.getKey().name() + " waits for " + e.getValue() + " in the log, " + got + " in the run");
    }
    for (Map.Entry<SessionId, Set<String>> e : holds.entrySet()) {
      Set<String> got = run.holds.getOrDefault(e.getKey(), Set.of());
      if (!matches(e.getValue(), got, false)) out.add(e.getKey().name() + " holds " + e.getValue() + " in the log, " + got + " in the run");
    }
    if (victim.isPresent() && !victim.equals(run.victim)) {
      out.add("victim: " + victim.get().name() + " in the log, " + run.victim.map(SessionId::name).orElse("none") + " in the run");
    }
    return out;
  }

  /** Whether every wanted lock is in {@code got} (exactly, when {@code exact}); a lock whose records the log did not print matches any record. */
  private static boolean matches(Set<String> want, Set<String> got, boolean exact) {
    for (String w : want) {
      Matcher m = NOT_PRINTED.matcher(w);
      boolean found = m.matches() ? got.stream().anyMatch(g -> g.startsWith(m.group(1) + " ")) : got.contains(w);
      if (!found) return false;
    }
    return !exact || got.size() == want.size() || want.stream().anyMatch(w -> NOT_PRINTED.matcher(w).matches());
  }

  /** Hidden row ids replaced by their rank among the ids the lines name: {@code #790}, {@code #791} become {@code #1}, {@code #2}. */
  static List<String> rankRowIds(List<String> lines) {
    TreeSet<Long> ids = new TreeSet<>();
    for (String l : lines) {
      Matcher m = ROW_ID.matcher(l);
      while (m.find()) ids.add(Long.parseLong(m.group(1)));
    }
    List<Long> order = new ArrayList<>(ids);
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = ROW_ID.matcher(l);
      StringBuilder b = new StringBuilder();
      while (m.find()) m.appendReplacement(b, "#" + (order.indexOf(Long.parseLong(m.group(1))) + 1));
      m.appendTail(b);
      out.add(b.toString());
    }
    return out;
  }
}
