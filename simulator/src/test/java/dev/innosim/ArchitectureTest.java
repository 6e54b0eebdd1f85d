package dev.innosim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package map of docs/architecture.md true: lower packages never import higher ones. */
class ArchitectureTest {
  /** Which innosim packages each package may import. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("mysql", Set.of()),
      Map.entry("profile", Set.of("mysql")),
      Map.entry("schema", Set.of("mysql")),
      Map.entry("sql", Set.of("schema", "mysql")),
      Map.entry("index", Set.of("schema", "mysql")),
      Map.entry("lock", Set.of("index", "schema", "profile", "mysql")),
      Map.entry("deadlock", Set.of("lock", "index", "schema", "profile", "mysql")),
      Map.entry("plan", Set.of("sql", "schema", "index")),
      Map.entry("engine", Set.of("plan", "deadlock", "lock", "index", "sql", "schema", "profile", "mysql")),
      Map.entry("server", Set.of("engine", "plan", "sql", "schema", "profile", "mysql")),
      Map.entry("log", Set.of("server", "sql", "schema", "profile", "mysql")),
      Map.entry("scenario", Set.of("server", "engine", "plan", "sql", "schema", "profile", "mysql")),
      Map.entry("explore", Set.of("server", "scenario", "engine", "sql", "schema", "profile", "mysql")),
      Map.entry("report", Set.of("server", "scenario", "engine", "deadlock", "lock", "index", "sql", "schema", "profile", "mysql")),
      Map.entry("fix", Set.of("explore", "server", "scenario", "sql", "schema", "mysql")),
      Map.entry("live", Set.of("server", "scenario", "schema", "profile", "mysql")),
      Map.entry("cli", Set.of("fix", "live", "log", "server", "report", "explore", "scenario", "engine", "deadlock", "lock", "index", "sql", "schema", "plan", "profile", "mysql")));

  static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.innosim\\.(\\w+)\\.", Pattern.MULTILINE);
  static final Pattern FQN = Pattern.compile("dev\\.innosim\\.(\\w+)\\.[A-Z]");

  @Test
  void everyPackage_importsOnlyLowerPackages() throws IOException {
    Path root = Path.of("src/main/java/dev/innosim");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f.getParent()).toString();
        if (pkg.isEmpty()) continue;
        Set<String> allowed = ALLOWED.get(pkg);
        assertTrue(allowed != null, "package " + pkg + " is not in the architecture table");
        String src = Files.readString(f);
        for (Pattern p : List.of(IMPORT, FQN)) {
          Matcher m = p.matcher(src);
          while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && !allowed.contains(used)) violations.add(f + " uses " + used);
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }

  /** A row of the package table in docs/architecture.md: {@code | `engine` | purpose | `plan`, `lock` |}. */
  static final Pattern DOC_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$", Pattern.MULTILINE);

  @Test
  void architectureDoc_packageTable_agreesWithTheAllowedImports() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("innosim.docs", "../docs")).resolve("architecture.md"));
    Map<String, Set<String>> documented = new java.util.TreeMap<>();
    Matcher m = DOC_ROW.matcher(doc);
    while (m.find()) {
      String imports = m.group(2).trim();
      Set<String> set = new java.util.TreeSet<>();
      if (imports.equals("everything")) {
        set.addAll(ALLOWED.keySet());
        set.remove(m.group(1));
      } else if (!imports.equals("-")) {
        for (String part : imports.split(",")) set.add(part.trim().replace("`", ""));
      }
      documented.put(m.group(1), set);
    }
    Map<String, Set<String>> tested = new java.util.TreeMap<>();
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      Set<String> set = new java.util.TreeSet<>(e.getValue());
      if (e.getKey().equals("cli")) {
        set = new java.util.TreeSet<>(ALLOWED.keySet());
        set.remove("cli");
      }
      tested.put(e.getKey(), set);
    }
    org.junit.jupiter.api.Assertions.assertEquals(tested, documented);
  }

  @Test
  void onlyCli_printsOrExits() throws IOException {
    Path root = Path.of("src/main/java/dev/innosim");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/cli/")).toList()) {
        String src = Files.readString(f);
        if (src.contains("System.out") || src.contains("System.err") || src.contains("System.exit")) violations.add(f.toString());
      }
    }
    assertTrue(violations.isEmpty(), "print or exit outside cli: " + violations);
  }
}
