package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-words explanation states the victim rule of the server the scenario ran on. */
class DeadlockExplanationTest {
  static final Path SEED = Path.of(System.getProperty("innosim.scenarios", "../scenarios"))
      .resolve("golden/seed003-1-accounts-opposite-order.sql");

  private static String victimLine(ServerProfile p) throws IOException {
    ScenarioRunner.Result r = ScenarioRunner.runRecorded(ScenarioParser.parse(SEED.toString(), Files.readString(SEED)),
        Optional.of(p), false);
    List<DeadlockReports.Located> ds = DeadlockReports.of(r);
    assertEquals(1, ds.size());
    return DeadlockExplanation.explain(ds.get(0).report(), r.profile(), List.of()).lines()
        .filter(l -> l.startsWith("-- Victim: ")).findFirst().orElseThrow();
  }

  @Test
  void explain_mysql80_statesMysql80sRule() throws IOException {
    assertEquals("-- Victim: T2. MySQL 8.0 rolls back the transaction with the smallest weight (undo log entries + lock structs: "
        + "T2 1 + 3 = 4, T1 1 + 3 = 4); on a tie, the one that started waiting most recently (else the nearest before it "
        + "in wait-for order).", victimLine(ServerProfile.MYSQL_8_0));
  }

  @Test
  void explain_mariadb_statesTheRequesterTieRule() throws IOException {
    assertEquals("-- Victim: T2. MariaDB rolls back the transaction with the smallest weight (undo log entries + lock structs: "
        + "T2 1 + 3 = 4, T1 1 + 3 = 4); on a tie, the transaction whose request closed the cycle.",
        victimLine(ServerProfile.MARIADB_10_11));
  }

  @Test
  void explain_mysql57_statesTheTwoTransactionComparison() throws IOException {
    String line = victimLine(ServerProfile.MYSQL_5_7);
    assertTrue(line.startsWith("-- Victim: T2. MySQL 5.7 compares the requester"), line);
    assertTrue(line.endsWith("on a tie, the requester."), line);
  }
}
