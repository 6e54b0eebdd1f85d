package dev.innosim.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The done-whens of issue 13: the proofs behind each seed incident's fix, and the refutations. */
class FixProverTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  static Template template(String file) throws IOException {
    Path p = ROOT.resolve(file);
    return Template.read(p.toString(), Files.readString(p));
  }

  static Map<String, FixResult> prove(String file, List<String> only) throws IOException {
    FixReport r = FixProver.prove(template(file), ExploreOptions.exhaustive(), only);
    assertTrue(r.originalDeadlocks(), file + ": " + r.original());
    return r.fixes().stream().collect(Collectors.toMap(FixResult::name, f -> f));
  }

  @Test
  void prove_oppositeOrderTransfers_lockOrderProvenReadCommittedRefuted() throws IOException {
    Map<String, FixResult> f = prove("golden/seed003-1-accounts-opposite-order.sql", List.of("lock-order", "read-committed"));
    assertEquals(FixResult.Verdict.PROVEN, f.get("lock-order").verdict(), f.get("lock-order").proof());
    assertEquals(FixResult.Verdict.REFUTED, f.get("read-committed").verdict(), f.get("read-committed").proof());
    String witness = f.get("read-committed").witness().orElseThrow();
    assertTrue(witness.contains("-- @isolation: READ COMMITTED") && witness.contains("-- deadlock: victim"), witness);
    // the witness is a runnable scenario that deadlocks again
    assertFalse(dev.innosim.scenario.ScenarioRunner.run(ScenarioParser.parse("w.sql", witness), Optional.empty()).trace()
        .deadlocks().isEmpty());
  }

  @Test
  void prove_oppositeOrderTransferTemplate_lockOrderProvenOverEveryAssignmentReadCommittedRefuted() throws IOException {
    Map<String, FixResult> f = prove("explore/params-transfer-opposite-order.sql", List.of("lock-order", "read-committed"));
    FixResult lockOrder = f.get("lock-order");
    assertEquals(FixResult.Verdict.PROVEN, lockOrder.verdict(), lockOrder.proof());
    long original = dev.innosim.explore.TemplateExplorer.explore(template("explore/params-transfer-opposite-order.sql"),
        ExploreOptions.exhaustive()).parameters().orElseThrow().assignments();
    assertEquals(original, lockOrder.assignments(), "the fix is explored over the original's assignments: " + lockOrder.proof());
    assertEquals(FixResult.Verdict.REFUTED, f.get("read-committed").verdict(), f.get("read-committed").proof());
    assertTrue(f.get("read-committed").proof().contains("T1.from="), f.get("read-committed").proof());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deleteMissing")
  void prove_deleteMissingThenInsert_readCommittedAndUpsertProven(String file) throws IOException {
    Map<String, FixResult> f = prove(file, List.of("read-committed", "upsert"));
    assertEquals(FixResult.Verdict.PROVEN, f.get("read-committed").verdict(), f.get("read-committed").proof());
    assertEquals(FixResult.Verdict.PROVEN, f.get("upsert").verdict(), f.get("upsert").proof());
  }

  static Stream<String> deleteMissing() {
    return Stream.of("seeds/delete-missing-then-insert-same-key.sql", "seeds/delete-missing-then-insert-adjacent-keys.sql",
        "golden/seed003-5-delete-missing-then-insert.sql");
  }

  /**
   * Every seed incident that can deadlock, with the fix its write-up recommends (the fixed scenario of
   * scenarios/explore/ and the seed's own comments): each is proven and behaviour-preserving.
   */
  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("seeds/bookshelf-iodku-unique-index.sql", "order-by-key"),
        Arguments.of("seeds/bookshelf-iodku-unique-index-busy-table.sql", "order-by-key"),
        Arguments.of("seeds/delete-missing-then-insert-same-key.sql", "read-committed"),
        Arguments.of("seeds/delete-missing-then-insert-adjacent-keys.sql", "read-committed"),
        Arguments.of("seeds/prefix-index-collision-rc-errorlog.sql", "add-index"),
        Arguments.of("seeds/repay-plan-index-merge-rc.sql", "add-index"),
        Arguments.of("golden/seed000-iodku-split-rows.sql", "order-by-key"),
        Arguments.of("golden/seed001-rc-index-merge-deadlock.sql", "add-index"),
        Arguments.of("golden/seed002-type-conversion-full-scan.sql", "match-type"),
        Arguments.of("golden/seed003-1-accounts-opposite-order.sql", "lock-order"),
        Arguments.of("golden/seed003-2-orders-product-opposite-order.sql", "lock-order"),
        Arguments.of("golden/seed003-4-foreign-key-parent-child.sql", "lock-up-front"),
        Arguments.of("golden/seed003-4b-foreign-key-delete-child-then-parent.sql", "lock-up-front"),
        Arguments.of("golden/seed003-5-delete-missing-then-insert.sql", "upsert"),
        Arguments.of("golden/seed003-5b-delete-same-missing-then-insert-same.sql", "read-committed"),
        Arguments.of("golden/seed003-6-rc-prefix-index-collision.sql", "add-index"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("seeds")
  void prove_seedIncident_recommendedFixProvenAndBehaviourPreserving(String file, String fix) throws IOException {
    FixResult f = prove(file, List.of(fix)).get(fix);
    assertEquals(FixResult.Verdict.PROVEN, f.verdict(), f.proof() + " " + f.changes());
    assertFalse(f.diff().isEmpty());
    assertTrue(f.proof().startsWith("no deadlock in "), f.proof());
  }

  @Test
  void prove_everySeedFile_isInTheTableOrCannotDeadlockOrIsTheThreeSessionDuplicate() throws IOException {
    List<String> inTable = seeds().map(a -> (String) a.get()[0]).toList();
    List<String> files;
    try (Stream<Path> s = Stream.concat(Files.list(ROOT.resolve("seeds")), Files.list(ROOT.resolve("golden")))) {
      files = s.map(p -> ROOT.relativize(p).toString()).filter(n -> n.endsWith(".sql") && !n.endsWith(".mysql97.sql"))
          .filter(n -> n.startsWith("seeds/") || n.startsWith("golden/seed")).sorted().toList();
    }
    for (String f : files) {
      if (inTable.contains(f) || f.equals("golden/seed003-3b-duplicate-insert-three-sessions-rollback.sql")) continue;
      FixReport r = FixProver.prove(template(f), ExploreOptions.exhaustive(), List.of());
      assertFalse(r.originalDeadlocks(), f + " deadlocks (" + r.original() + ") but is not in the seed table");
    }
  }

  @Test
  void prove_threeSessionDuplicateInsert_noCandidateProvenWithoutChangingBehaviour() throws IOException {
    FixReport r = FixProver.prove(template("golden/seed003-3b-duplicate-insert-three-sessions-rollback.sql"), ExploreOptions.exhaustive());
    assertTrue(r.originalDeadlocks());
    for (FixResult f : r.fixes()) assertTrue(f.verdict() != FixResult.Verdict.PROVEN, f.name() + ": " + f.proof());
  }

  @Test
  void prove_limitHit_isUnknownWithTheLimitNeverProven() throws IOException {
    FixReport r = FixProver.prove(template("golden/seed003-1-accounts-opposite-order.sql"), ExploreOptions.exhaustive().withMaxStates(5),
        List.of("lock-order"));
    FixResult f = r.fixes().get(0);
    assertEquals(FixResult.Verdict.UNKNOWN, f.verdict());
    assertTrue(f.proof().contains("--max-states 5"), f.proof());
  }

  @Test
  void prove_fixThatAddsAnError_isProvenButChangesBehaviourWithTheError() throws IOException {
    Map<String, FixResult> f = prove("golden/seed003-4b-foreign-key-delete-child-then-parent.sql", List.of("read-committed"));
    FixResult rc = f.get("read-committed");
    assertEquals(FixResult.Verdict.PROVEN_CHANGES_BEHAVIOUR, rc.verdict(), rc.proof());
    assertTrue(rc.changes().stream().anyMatch(c -> c.startsWith("new error 1451")), rc.changes().toString());
  }

  @Test
  void prove_ranking_provenFirstThenSmallestChange() throws IOException {
    FixReport r = FixProver.prove(template("golden/seed003-1-accounts-opposite-order.sql"), ExploreOptions.exhaustive());
    List<FixResult.Verdict> vs = r.fixes().stream().map(FixResult::verdict).toList();
    for (int i = 1; i < vs.size(); i++) assertTrue(vs.get(i - 1).ordinal() <= vs.get(i).ordinal(), vs.toString());
    assertEquals(List.of("lock-order", "lock-up-front"), r.fixes().stream().filter(x -> x.verdict() == FixResult.Verdict.PROVEN)
        .map(FixResult::name).toList());
  }
}
