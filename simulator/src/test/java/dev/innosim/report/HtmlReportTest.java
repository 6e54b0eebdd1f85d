package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTML report: deterministic, self-contained, one drawing per checkpoint and deadlock. */
class HtmlReportTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  static ScenarioRunner.Result run(String rel) throws IOException {
    String text = Files.readString(ROOT.resolve(rel), StandardCharsets.UTF_8);
    return ScenarioRunner.runRecorded(ScenarioParser.parse(rel, text), Optional.empty(), true);
  }

  @Test
  void render_sameRunTwice_givesSameBytes() throws IOException {
    String a = HtmlReport.render(run("golden/seed003-5-delete-missing-then-insert.sql"), java.util.List.of());
    String b = HtmlReport.render(run("golden/seed003-5-delete-missing-then-insert.sql"), java.util.List.of());
    assertEquals(a, b);
  }

  @Test
  void render_deadlockScenario_drawsCheckpointsDeadlockAndCycle() throws IOException {
    String html = HtmlReport.render(run("golden/seed003-5-delete-missing-then-insert.sql"), java.util.List.of());
    assertTrue(html.contains("<section id=\"cp3\">"), "three checkpoints");
    assertTrue(html.contains("<section id=\"dl1\" class=\"deadlock\">"));
    assertTrue(html.contains("class=\"cyc\""), "the cycle is drawn in red");
    assertTrue(html.contains("tb.idx_order_id"));
    assertTrue(html.contains("*** WE ROLL BACK TRANSACTION (1)"));
  }

  @Test
  void render_anyScenario_isSelfContained() throws IOException {
    String html = HtmlReport.render(run("golden/seed000-iodku-split-rows.sql"), java.util.List.of());
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
    assertFalse(html.contains("<link"), "no external stylesheets");
  }

  @org.junit.jupiter.api.Test
  void colour_nineSessions_allDifferent() {
    java.util.Set<String> colours = new java.util.HashSet<>();
    for (int n = 1; n <= 9; n++) colours.add(HtmlReport.colour("T" + n));
    assertEquals(9, colours.size(), "T1 and T9 shared a colour");
    assertFalse(colours.contains(HtmlReport.colour("setup")), "a non-session has its own grey");
  }
}
