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
import org.junit.jupiter.params.provider.ValueSource;

/** An unknown outcome after {@code -- expect:} is bad input at its line in every command. */
class ExpectWordTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "check", "explore", "locks", "deadlocks"})
  void command_unknownExpectWord_reportsFileAndLineAndExits2(String command) throws IOException {
    Path f = dir.resolve("f.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nT1: BEGIN;     -- expect: maybe\n",
        StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = command.equals("locks") ? new String[] {command, f.toString(), "--after", "1"} : new String[] {command, f.toString()};
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    String want = f + ":2: unknown outcome after '-- expect:': maybe (expected ok, error N, deadlock, timeout or blocked -> one of those)";
    if (command.equals("check")) {
      assertEquals(1, code, all);
      assertEquals("FAIL " + want + "\n0 passed, 1 failed\n", all.replace("\r\n", "\n"));
    } else {
      assertEquals(2, code, all);
      assertEquals(want + "\n", all.replace("\r\n", "\n"));
    }
  }
}
