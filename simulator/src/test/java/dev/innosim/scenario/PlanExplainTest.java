package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.innosim.plan.PlanChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * innosim's plan against the server's: for every single-table step of the corpus whose recorded
 * EXPLAIN is in {@code scenarios/explain-golden.tsv} (extracted from the recordings' JSON by
 * {@code .ci/explain_golden.py}), the index innosim reads (or ALL, or an impossible WHERE) must be
 * the one EXPLAIN named. The steps where it is not are listed in
 * {@code scenarios/known-plan-differences.txt}, checked both ways: the list only shrinks.
 */
class PlanExplainTest {
  static final Path GOLDEN = CorpusTest.ROOT.resolve("explain-golden.tsv");
  static final Path KNOWN = CorpusTest.ROOT.resolve("known-plan-differences.txt");

  /** EXPLAIN's row as the comparison reads it: ALL, impossible, or the key; null when there is nothing to compare. */
  static String expected(String type, String key) {
    if (type.equals("ALL")) return "ALL";
    if (type.equals("index") && key.equals("PRIMARY")) return "ALL";  // a full scan of the clustered index either way
    if (type.equals("impossible")) return "impossible";
    if (type.equals("const-read")) return "unique lookup";  // EXPLAIN names no key: the lookup found no row
    if (type.equals("-") || key.equals("-")) return null;
    return key;
  }

  static String actual(PlanChoice p, String want) {
    if (want.equals("unique lookup") && p.decision().rule().startsWith("unique lookup")) return want;
    String t = p.accessType();
    if (t.equals("ALL") || t.equals("impossible")) return t;
    return p.index();
  }

  @Test
  void everyRecordedExplain_namesTheIndexInnosimReads() throws IOException {
    Map<String, Map<Integer, String>> golden = new LinkedHashMap<>();
    for (String l : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      if (l.startsWith("#") || l.isBlank()) continue;
      String[] f = l.split("\t");
      String want = expected(f[2], f[3]);
      if (want != null) golden.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(Integer.parseInt(f[1]), want);
    }
    Set<String> known = new LinkedHashSet<>();
    for (String l : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
      if (!l.startsWith("#") && !l.isBlank()) known.add(l.strip());
    }
    List<String> found = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, Map<Integer, String>> e : golden.entrySet()) {
      Path p = CorpusTest.ROOT.resolve(e.getKey());
      if (!Files.exists(p)) continue;
      Scenario sc;
      List<ScenarioPlans.StepPlans> steps;
      try {
        sc = ScenarioParser.parse(e.getKey(), Files.readString(p, StandardCharsets.UTF_8));
        steps = ScenarioPlans.run(sc, Optional.empty());
      } catch (RuntimeException ex) {
        continue;  // a file innosim cannot run is CorpusTest's concern
      }
      for (Map.Entry<Integer, String> s : e.getValue().entrySet()) {
        int i = s.getKey() - 1;
        if (i >= steps.size() || steps.get(i).plans().size() != 1) continue;  // no plan: not a locking statement
        compared++;
        String got = actual(steps.get(i).plans().get(0), s.getValue());
        if (!got.equals(s.getValue())) {
          found.add(e.getKey() + " step " + s.getKey() + ": EXPLAIN " + s.getValue() + ", innosim " + got);
        }
      }
    }
    assertTrue(compared > 500, "compared only " + compared + " steps");
    List<String> problems = new ArrayList<>();
    for (String f : found) if (!known.contains(f)) problems.add("new plan difference: " + f);
    for (String k : known) if (!found.contains(k)) problems.add("listed in known-plan-differences.txt but now agrees: " + k);
    if (!problems.isEmpty()) {
      fail(problems.size() + " problems, " + found.size() + " differences in " + compared + " steps:\n" + String.join("\n", problems));
    }
  }
}
