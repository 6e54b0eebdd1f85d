package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nonsense limits and options for explore are refused in one line with exit 2; the granularity and reduction reach the report. */
class ExploreOptionsCliTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      --time-budget | 0     | innosim: --time-budget must be a positive number of seconds, not 0.0
      --time-budget | -0.0  | innosim: --time-budget must be a positive number of seconds, not -0.0
      --time-budget | NaN   | innosim: --time-budget must be a positive number of seconds, not NaN
      --time-budget | -5    | innosim: --time-budget must be a positive number of seconds, not -5.0
      --max-states  | 0     | innosim: --max-states must be a positive number of states, not 0
      --random      | -1    | innosim: --random must be a positive number of schedules, not -1
      --granularity | rows  | innosim: --granularity must be statement or row, not rows
      --reduction   | yes   | innosim: --reduction must be on or off, not yes
      """)
  void explore_nonsenseLimit_isRefused(String option, String value, String message) throws IOException {
    Path f = dir.resolve("f.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nT1: BEGIN;\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"explore", f.toString(), option, value},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertEquals(message + "\n", err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  @org.junit.jupiter.api.Test
  void explore_rowGranularityWithReduction_saysSoInTextAndJson() throws IOException {
    Path f = dir.resolve("f.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t VALUES (1, 0), (2, 0);\n"
        + "T1: UPDATE t SET v = 1 WHERE id >= 1;\nT2: UPDATE t SET v = 2 WHERE id = 2;\n", StandardCharsets.UTF_8);
    for (String format : new String[] {"text", "json"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"explore", f.toString(), "--granularity", "row", "--reduction", "on", "--format", format},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertEquals(0, code);
      String o = out.toString(StandardCharsets.UTF_8);
      if (format.equals("text")) {
        org.junit.jupiter.api.Assertions.assertTrue(o.contains("\ngranularity: row ") && o.contains("\nreduction: on ")
            && o.contains(" at row granularity\n"), o);
      } else {
        org.junit.jupiter.api.Assertions.assertTrue(o.contains("\"granularity\": \"row\"") && o.contains("\"reduction\": true"), o);
      }
    }
  }
}
