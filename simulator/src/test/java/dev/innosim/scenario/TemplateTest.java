package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {
  static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t VALUES (1, 0), (2, 0);\n";

  @Test
  void read_programRunByThreeSessions_expandsOneCopyPerSessionWithItsOwnParameters() {
    Template t = Template.read("f.sql", TABLE + """
        -- @program bump
        BEGIN;
        UPDATE t SET v = v + 1 WHERE id = :k;
        COMMIT;
        -- @end
        -- @run T1..T3: bump
        -- @param k: 1, 2
        -- @param T3.k: 2
        """);
    assertEquals(List.of("T1.k", "T2.k", "T3.k"), t.params().stream().map(Template.Param::toString).toList());
    assertEquals(List.of("1", "2"), t.domains().get(new Template.Param(SessionId.of(1), "k")).values());
    assertEquals(List.of("2"), t.domains().get(new Template.Param(SessionId.of(3), "k")).values());
    Scenario sc = t.instantiate(Map.of(new Template.Param(SessionId.of(1), "k"), "1", new Template.Param(SessionId.of(2), "k"), "2",
        new Template.Param(SessionId.of(3), "k"), "2"));
    assertEquals(9, sc.steps().size());
    assertEquals("UPDATE t SET v = v + 1 WHERE id = 2", sc.steps().get(7).sql());
    assertEquals(SessionId.of(3), sc.steps().get(7).session());
    assertEquals(5, sc.lineNumber(sc.steps().get(7).firstLine()), "messages name the program's line");
  }

  @Test
  void read_anonymousPlaceholders_areNumberedPerSession() {
    Template t = Template.read("f.sql", TABLE + "T1: SELECT * FROM t WHERE id = ? OR id = ? FOR UPDATE;\nT2: DELETE FROM t WHERE id = ?;\n"
        + "T1: UPDATE t SET v = 1 WHERE id = ':x?';\n");
    assertEquals(List.of("T1.?1", "T1.?2", "T2.?1"), t.params().stream().map(Template.Param::toString).toList());
  }

  @Test
  void read_plainScenario_isPlain() {
    assertTrue(Template.read("f.sql", TABLE + "T1: BEGIN;\nT1: SELECT '?', ':x' FROM t;\n").isPlain());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty domain          | T1: DELETE FROM t WHERE id = :k;\\n-- @param k:                  | f.sql:4: empty domain: give at least one value
      bad value             | T1: DELETE FROM t WHERE id = :k;\\n-- @param k: 1, x             | f.sql:4: not a value: x (numbers, 'strings', NULL or ranges like 1..5)
      unknown program       | -- @run T1, T2: nosuch                                            | f.sql:3: unknown program nosuch (defined: none)
      program without end   | -- @program p\\nBEGIN;                                            | f.sql:3: program p has no '-- @end'
      domain of nothing     | T1: DELETE FROM t WHERE id = 1;\\n-- @param k: 1                 | f.sql:4: @param k names no placeholder
      session prefix inside | -- @program p\\nT1: BEGIN;\\n-- @end                               | f.sql:4: a program's statements have no session prefix (its sessions are named by '-- @run'): T1: BEGIN;
      """)
  void read_badTemplate_namesFileAndLine(String what, String body, String message) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> Template.read("f.sql", TABLE + body.replace("\\n", "\n") + "\n"));
    assertEquals(message, e.getMessage(), what);
  }

  @Test
  void plainParser_templateDirective_saysExploreReadsIt() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioParser.parse("f.sql", TABLE + "-- @param k: 1\nT1: BEGIN;\n"));
    assertEquals("f.sql:3: @param belongs to a template with parameters or programs: explore reads it (run and check need concrete steps)",
        e.getMessage());
  }
}
