package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code innosim record} on the live servers reproduces the oracle's recordings byte for byte:
 * golden files on MariaDB (the files of {@code scenarios/golden/} were recorded there), and
 * MySQL 9.7 recordings of the same inputs.
 */
class RecordLiveTest {
  @TempDir Path out;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"basic-05-unique-secondary-point", "basic-10-implicit-lock-conversion",
      "seed001-rc-index-merge-deadlock", "seed003-1-accounts-opposite-order", "seed003-5-delete-missing-then-insert"})
  void record_goldenFileOnMariaDb_reproducesItByteForByte(String name) throws IOException {
    LiveServers.require(LiveServers.mariadbUrl());
    Path golden = LiveServers.SCENARIOS.resolve("golden/" + name + ".sql");
    LiveServers.Run r = LiveServers.onServer("record", LiveServers.mariadbUrl(), golden.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    List<String> got = new ArrayList<>(Files.readAllLines(out.resolve(name + ".sql"), StandardCharsets.UTF_8));
    String note = got.remove(1);
    assertTrue(note.matches("-- note: recorded on MariaDB 10\\.\\d+\\.\\d+\\S* .*; the @server line is the input's, not this recording's"),
        "the line after -- @name: names the server: " + note);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), String.join("\n", got) + "\n");
    Path deadlock = out.resolve(name + ".deadlock.txt");
    boolean hasDeadlock = Files.readString(golden, StandardCharsets.UTF_8).contains("-- deadlock:");
    assertEquals(hasDeadlock, Files.exists(deadlock), "NAME.deadlock.txt exactly when a deadlock happened");
    if (hasDeadlock) {
      String text = Files.readString(deadlock, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("==== deadlock during step "), text);
      assertTrue(text.contains("LATEST DETECTED DEADLOCK") && text.contains("*** WE ROLL BACK TRANSACTION"), text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"basic-05-unique-secondary-point", "basic-10-implicit-lock-conversion",
      "seed003-1-accounts-opposite-order", "seed003-4-foreign-key-parent-child", "seed003-5-delete-missing-then-insert"})
  void record_onMySql97_reproducesTheOraclesRecording(String name) throws IOException {
    LiveServers.require(LiveServers.mysqlUrl());
    String input = Files.readString(LiveServers.SCENARIOS.resolve("golden/" + name + ".sql"), StandardCharsets.UTF_8)
        .replaceAll("(?m)^-- @server:.*\\n", "");
    Path in = Files.createDirectories(out.resolve("in")).resolve(name + ".sql");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    LiveServers.Run r = LiveServers.onServer("record", LiveServers.mysqlUrl(), in.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    String want;
    try (InputStream s = RecordLiveTest.class.getResourceAsStream("/live/mysql-9.7/" + name + ".sql")) {
      want = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(want, Files.readString(out.resolve(name + ".sql"), StandardCharsets.UTF_8));
  }

  @Test
  void record_outIntoTheInputsFolder_isRefusedAndWritesNothing() throws IOException {
    Path in = out.resolve("case.sql");
    String text = "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nT1: BEGIN;\n";
    Files.writeString(in, text, StandardCharsets.UTF_8);
    LiveServers.Run r = LiveServers.onServer("record", LiveServers.mariadbUrl(), in.toString(), "--out", out.toString());
    assertEquals(2, r.exit());
    assertEquals("innosim: --out " + out + " would overwrite the input " + in + "; choose another folder\n", r.err());
    assertEquals(text, Files.readString(in, StandardCharsets.UTF_8));
  }

  @Test
  void record_stepTheServerRejects_isRecordedAsItsError() throws IOException {
    LiveServers.require(LiveServers.mariadbUrl());
    Path in = Files.createDirectories(out.resolve("in")).resolve("bad-step.sql");
    Files.writeString(in, "-- @name: bad-step\nCREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\n"
        + "T1: SELECT * FROM no_such_table;\nT1: SELECT * FROM t FOR SHARE;\n", StandardCharsets.UTF_8);
    LiveServers.Run r = LiveServers.onServer("record", LiveServers.mariadbUrl(), in.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    String got = Files.readString(out.resolve("bad-step.sql"), StandardCharsets.UTF_8);
    assertTrue(got.matches("(?s).*\\nT1: SELECT \\* FROM no_such_table; +-- expect: error 1146\\n.*"), got);
    assertTrue(got.matches("(?s).*\\nT1: SELECT \\* FROM t FOR SHARE; +-- expect: error 1064\\n.*"), got);
    assertFalse(Files.exists(out.resolve("bad-step.deadlock.txt")));
  }

  @Test
  void record_setupStatementTheServerRejects_isOneLineAtItsLine() throws IOException {
    LiveServers.require(LiveServers.mariadbUrl());
    Path in = Files.createDirectories(out.resolve("in")).resolve("bad-setup.sql");
    Files.writeString(in, "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nINSERT INTO t VALUES (1), (1);\nT1: BEGIN;\n",
        StandardCharsets.UTF_8);
    LiveServers.Run r = LiveServers.onServer("record", LiveServers.mariadbUrl(), in.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("FAILED " + in + ":2: the server rejected it: error 1062: "), r.out());
    assertFalse(Files.exists(out.resolve("bad-setup.sql")));
  }
}
