package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.sql.Statement;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every deadlock report the servers wrote for the corpus ({@code NAME.deadlock.txt} beside
 * {@code NAME.sql} from MariaDB 10.11, {@code NAME.mysql97.deadlock.txt} beside
 * {@code NAME.mysql97.sql} from MySQL 9.7) read with its scenario's DDL into the lock lines of the
 * scenario's {@code -- deadlock:} block.
 */
class CorpusReportsTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  private static final Pattern SESSION = Pattern.compile("\\bT(\\d+)\\b");

  static List<Path> reports() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ROOT)) {
      out.addAll(s.filter(p -> p.toString().endsWith(".deadlock.txt")).sorted().toList());
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusReport_decodesToItsScenariosDeadlockBlock() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path report : reports()) {
      Path scenario = report.resolveSibling(report.getFileName().toString().replace(".deadlock.txt", ".sql"));
      String name = ROOT.relativize(report).toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        String text = Files.readString(scenario, StandardCharsets.UTF_8);
        List<List<String>> expected = blocks(text);
        LogSchema schema = schemaOf(scenario.toString(), text);
        List<DeadlockLog> logs = DeadlockLogParser.parse(report.toString(), Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(expected.size(), logs.size(), "deadlocks in the report vs -- deadlock: blocks in " + scenario);
        for (int i = 0; i < logs.size(); i++) {
          DecodedDeadlock d = DeadlockDecoder.decode(report.toString(), logs.get(i), schema);
          List<String> got = d.blockLines();
          assertFalse(got.size() < 2, "no member lines decoded from " + report);
          assertEquals(normalized(expected.get(i), false), bestMapping(got, expected.get(i), d.log().server().victimLineTrusted()),
              "deadlock " + (i + 1) + " of " + report);
        }
      }));
    }
    return tests.stream();
  }

  /** The scenario's CREATE TABLE statements as a schema. */
  static LogSchema schemaOf(String file, String text) {
    Scenario sc = ScenarioParser.parse(file, text);
    StringBuilder ddl = new StringBuilder();
    for (Scenario.Setup s : sc.setup()) if (s.statement() instanceof Statement.CreateTable) ddl.append(s.sql()).append(";\n");
    return LogSchema.parse(file, ddl.toString());
  }

  /** The {@code -- deadlock:} blocks of a scenario file, without the {@code -- } prefix. */
  static List<List<String>> blocks(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = null;
    for (String l : text.split("\n")) {
      if (l.startsWith("-- deadlock:")) {
        cur = new ArrayList<>();
        out.add(cur);
        cur.add(l.substring(3));
      } else if (cur != null && l.startsWith("--   ")) {
        cur.add(l.substring(3));
      } else {
        cur = null;
      }
    }
    return out;
  }

  /**
   * The decoded block with its sessions renamed by the mapping onto the expected block's sessions
   * that makes them equal, if any (the log numbers transactions, the scenario names sessions);
   * the first mapping's rendering otherwise, so that the assertion shows the difference.
   */
  static TreeSet<String> bestMapping(List<String> got, List<String> expected, boolean compareVictim) {
    TreeSet<Integer> ours = sessions(got);
    TreeSet<Integer> theirs = sessions(expected);
    TreeSet<String> want = normalized(expected, false);
    TreeSet<String> first = null;
    for (List<Integer> perm : permutations(new ArrayList<>(theirs), ours.size())) {
      Map<Integer, Integer> map = new TreeMap<>();
      int k = 0;
      for (Integer o : ours) map.put(o, perm.get(k++));
      List<String> renamed = new ArrayList<>();
      for (String l : got) renamed.add(rename(l, map));
      TreeSet<String> n = normalized(renamed, !compareVictim);
      if (!compareVictim) {
        n.removeIf(l -> l.startsWith("deadlock: victim"));
        want.stream().filter(l -> l.startsWith("deadlock: victim")).forEach(n::add);
      }
      if (first == null) first = n;
      if (n.equals(want)) return n;
    }
    return first == null ? normalized(got, false) : first;
  }

  private static String rename(String line, Map<Integer, Integer> map) {
    Matcher m = SESSION.matcher(line);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Integer to = map.get(Integer.parseInt(m.group(1)));
      m.appendReplacement(b, to == null ? m.group() : "T" + to);
    }
    m.appendTail(b);
    return b.toString();
  }

  private static TreeSet<Integer> sessions(List<String> lines) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String l : lines) {
      Matcher m = SESSION.matcher(l);
      while (m.find()) out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  private static TreeSet<String> normalized(List<String> lines, boolean dropVictim) {
    TreeSet<String> out = new TreeSet<>(Signature.rankRowIds(lines.stream().map(String::strip).toList()));
    if (dropVictim) out.removeIf(l -> l.startsWith("deadlock: victim"));
    return out;
  }

  /** Every ordered choice of {@code k} elements of {@code of}. */
  private static List<List<Integer>> permutations(List<Integer> of, int k) {
    List<List<Integer>> out = new ArrayList<>();
    if (k == 0) {
      out.add(new ArrayList<>());
      return out;
    }
    for (int i = 0; i < of.size(); i++) {
      List<Integer> rest = new ArrayList<>(of);
      Integer x = rest.remove(i);
      for (List<Integer> p : permutations(rest, k - 1)) {
        p.add(0, x);
        out.add(p);
      }
    }
    return out;
  }
}
