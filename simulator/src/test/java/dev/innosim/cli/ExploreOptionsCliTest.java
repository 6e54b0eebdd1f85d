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

/** Nonsense limits for explore are refused in one line with exit 2. */
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
}
