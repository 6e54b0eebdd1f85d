package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code innosim verify} on the live servers: a subset of the corpus with two cases of every topic
 * folder runs on the real MariaDB and the real MySQL 9.7 and on the simulator with the profile each
 * server maps to; every case must agree unless {@code scenarios/known-live-differences.txt} lists
 * it for that server, and every listed case must still differ.
 */
class VerifyLiveTest {
  /** A case of every topic folder (two of some), chosen among those without a lock wait timeout (each costs 4 s). */
  static final List<String> SUBSET = List.of(
      "ddl/ddl-show-create-fk-cascade.sql",
      "deadlock/deadlock-gap-insert-secondary.sql", "deadlock/deadlock-tie-requester-victim.sql",
      "edge/edge-insert-ignore-dup-pk-rr.sql",
      "explore/explore-fix-iodku-one-statement-sorted.sql",
      "fk/fk-child-insert-fail-rr.sql",
      "golden/basic-10-implicit-lock-conversion.sql", "golden/seed003-5-delete-missing-then-insert.sql",
      "patterns/action-scheduler-release-claim-by-action-id-witness.sql",
      "insert/insert-dup-pk-uncommitted-commit.sql",
      "isolation/iso-serializable-select-waits.sql",
      "point/point-no-key-rr.sql",
      "probe/probe-fk-cascade-child-locked-rr.sql",
      "profiles/for-share-syntax-mysql80.sql",
      "range/range-pk-between-rr.sql",
      "rules14/rules14-fk-child-insert-rr.sql",
      "seeds/bookshelf-iodku-unique-index.sql",
      "sql14/sql14-update-in-subquery-rr.sql", "sql14/sql14-multi-update-join-rr.sql",
      "spec/spec-T23-nextkey-after-record-lock.sql",
      "types/types-decimal-key.sql",
      "update/update-delete-then-other-inserts-rr.sql",
      "upsert/upsert-iodku-pk-dup-rr.sql",
      "waits/waits-fifo-s-behind-x.sql");

  static final Path KNOWN = LiveServers.SCENARIOS.resolve("known-live-differences.txt");

  /** Server family to the cases listed for it. */
  static Map<String, Set<String>> known() throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    out.put("mariadb", new LinkedHashSet<>());
    out.put("mysql", new LinkedHashSet<>());
    for (String l : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      String[] f = t.split("\\s+");
      if (!out.containsKey(f[0]) || f.length < 3) fail(KNOWN + ": a line is 'mariadb|mysql PATH what differs': " + t);
      out.get(f[0]).add(f[1]);
    }
    return out;
  }

  @Test
  void knownDifferences_nameExistingFilesAndSayWhat() throws IOException {
    for (Map.Entry<String, Set<String>> e : known().entrySet()) {
      for (String p : e.getValue()) assertTrue(Files.isRegularFile(LiveServers.SCENARIOS.resolve(p)), KNOWN + " lists a missing file: " + p);
    }
  }

  @Test
  void subset_coversEveryTopicFolder() throws IOException {
    Set<String> folders = new LinkedHashSet<>();
    try (Stream<Path> s = Files.list(LiveServers.SCENARIOS)) {
      s.filter(Files::isDirectory).forEach(p -> {
        try (Stream<Path> f = Files.list(p)) {
          if (f.anyMatch(x -> x.toString().endsWith(".sql"))) folders.add(p.getFileName().toString());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    Set<String> covered = new LinkedHashSet<>();
    for (String c : SUBSET) covered.add(c.substring(0, c.indexOf('/')));
    folders.removeAll(covered);
    assertEquals(Set.of(), folders, "topic folders without a live case");
  }

  @TestFactory
  Stream<DynamicTest> mariadb_subsetAgreesWithTheSimulation() throws IOException {
    return cases("mariadb", LiveServers.mariadbUrl());
  }

  @TestFactory
  Stream<DynamicTest> mysql97_subsetAgreesWithTheSimulation() throws IOException {
    return cases("mysql", LiveServers.mysqlUrl());
  }

  /** One dynamic test per case: the subset and every case listed for the server, run with one {@code verify} each. */
  private Stream<DynamicTest> cases(String family, String url) throws IOException {
    Set<String> listed = known().get(family);
    Set<String> all = new LinkedHashSet<>(SUBSET);
    all.addAll(listed);
    List<DynamicTest> tests = new ArrayList<>();
    for (String rel : all) {
      tests.add(DynamicTest.dynamicTest(family + " " + rel, () -> {
        LiveServers.require(url);
        LiveServers.Run r = LiveServers.onServer("verify", url, LiveServers.SCENARIOS.resolve(rel).toString());
        List<String> lines = r.outLines();
        String last = lines.get(lines.size() - 1);
        boolean agrees = r.exit() == 0;
        assertTrue(r.exit() == 0 || r.exit() == 1, "verify " + rel + " exit " + r.exit() + ": " + r.err() + r.out());
        assertEquals(agrees ? "1 passed, 0 failed" : "0 passed, 1 failed", last);
        if (listed.contains(rel)) {
          if (agrees) fail(rel + " is listed for " + family + " in known-live-differences.txt but now agrees: remove it");
        } else if (!agrees) {
          fail(family + " and the simulation differ on " + rel + " (list it in known-live-differences.txt if the server is right"
              + " and the simulator cannot follow yet):\n" + r.out());
        }
      }));
    }
    return tests.stream();
  }
}
