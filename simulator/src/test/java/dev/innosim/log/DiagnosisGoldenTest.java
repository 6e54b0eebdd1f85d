package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.profile.ServerProfile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Logs read and decoded exactly: the five production logs of {@code scenarios/seeds/logs/} with the
 * DDL stored beside each ({@code NAME.ddl}), and public logs of other versions and forms (each file names its
 * source), against golden diagnoses; bad inputs against their one-line errors. Run with
 * {@code -Dinnosim.log.update=true} to rewrite the golden files after a deliberate change.
 */
class DiagnosisGoldenTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final boolean UPDATE = Boolean.getBoolean("innosim.log.update");

  static Path resources(String dir) throws URISyntaxException {
    return Path.of(DiagnosisGoldenTest.class.getResource(dir).toURI());
  }

  /** Every deadlock of the file, diagnosed with its schema (or none) under the profile its layout comes from. */
  static String diagnose(Path log, Path schema) throws IOException {
    String file = log.getFileName().toString();
    List<DeadlockLog> all = DeadlockLogParser.parse(file, Files.readString(log, StandardCharsets.UTF_8));
    LogSchema s = Files.exists(schema) ? LogSchema.parse(schema.getFileName().toString(), Files.readString(schema, StandardCharsets.UTF_8)) : LogSchema.NONE;
    List<String> out = new ArrayList<>();
    for (DeadlockLog d : all) {
      ServerProfile p = ServerProfile.byName(d.server().profile()).orElseThrow();
      out.add(DiagnosisText.render(DeadlockDecoder.decode(file, d, s), s, p, all.size()));
    }
    return String.join("\n", out);
  }

  static void compare(Path golden, String got) throws IOException {
    if (UPDATE) {
      Path source = Path.of("src/test/resources/dev/innosim/log").resolve(golden.getParent().getFileName()).resolve(golden.getFileName());
      Files.writeString(source, got, StandardCharsets.UTF_8);
      Files.writeString(golden, got, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dinnosim.log.update=true)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
  }

  @TestFactory
  Stream<DynamicTest> productionLogs_decodeToTheirGoldenDiagnoses() throws IOException, URISyntaxException {
    Path dir = resources("seeds");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> logs = Files.list(ROOT.resolve("seeds/logs"))) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = log.getFileName().toString().replace(".txt", "");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Path schema = log.resolveSibling(name + ".ddl");
          assertTrue(Files.exists(schema), "no schema for " + name);
          compare(dir.resolve(name + ".golden.txt"), diagnose(log, schema));
        }));
      }
    }
    assertEquals(5, tests.size(), "the five production logs");
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> publicLogs_decodeToTheirGoldenDiagnoses() throws IOException, URISyntaxException {
    Path dir = resources("public");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        String name = log.getFileName().toString().replace(".log", "");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          assertTrue(Files.readString(log).lines().anyMatch(l -> l.startsWith("# source: ")), name + " names no source");
          compare(dir.resolve(name + ".golden.txt"), diagnose(log, dir.resolve(name + ".schema.sql")));
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> badInputs_failWithOneLineNamingFileAndLine() throws IOException, URISyntaxException {
    Path dir = resources("bad");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        String name = log.getFileName().toString().replace(".log", "");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          LogFormatException e = assertThrows(LogFormatException.class, () -> diagnose(log, dir.resolve(name + ".schema.sql")));
          assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
          compare(dir.resolve(name + ".error.txt"), e.getMessage() + "\n");
        }));
      }
    }
    return tests.stream();
  }
}
