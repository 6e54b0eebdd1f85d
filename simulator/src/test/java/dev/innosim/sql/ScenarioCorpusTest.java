package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every setup statement and step of the scenario corpus ({@code golden/} and {@code spec/} under
 * the folder Surefire passes as {@code innosim.scenarios}) parses. One dynamic test per file.
 */
class ScenarioCorpusTest {
  private static final Pattern STEP = Pattern.compile("^T[0-9]:\\s*(.*)$");

  @TestFactory
  Stream<DynamicTest> parse_corpusFile_everyStatementParses() throws IOException {
    String root = System.getProperty("innosim.scenarios");
    assertNotNull(root, "system property innosim.scenarios is not set");
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("golden", "spec")) {
      try (Stream<Path> s = Files.list(Path.of(root, dir))) {
        s.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
      }
    }
    assertFalse(files.isEmpty(), "no scenario files under " + root);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
      List<String> statements = statements(f);
      assertFalse(statements.isEmpty(), "no statements in " + f);
      List<String> failures = new ArrayList<>();
      for (String sql : statements) {
        try {
          Statement st = SqlParser.parse(sql);
          assertEquals(sql.strip().replaceAll(";$", "").strip(), st.text());
        } catch (SqlException e) {
          failures.add(sql + " -> " + e.message());
        }
      }
      assertEquals(List.of(), failures);
    }));
  }

  /** Setup statements and step statements of a scenario file, comments and {@code Tn:} prefixes removed. */
  static List<String> statements(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (current.length() == 0 && (l.isEmpty() || l.startsWith("--"))) continue;
      Matcher m = STEP.matcher(l);
      if (current.length() == 0 && m.matches()) l = m.group(1);
      int end = statementEnd(l);
      if (end < 0) {
        current.append(l).append('\n');
        continue;
      }
      current.append(l, 0, end + 1);
      out.add(current.toString());
      current.setLength(0);
    }
    return out;
  }

  /** Index of the first ';' outside quotes, or -1. */
  private static int statementEnd(String s) {
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == ';') {
        return i;
      }
    }
    return -1;
  }
}
