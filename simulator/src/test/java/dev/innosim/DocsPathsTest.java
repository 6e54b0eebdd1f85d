package dev.innosim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's Markdown names the shared folder relatively ({@code ../shared/...}), never by one machine's absolute path. */
class DocsPathsTest {
  static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.])/(?:work|home|Users|root)/[\\w.-]+");

  @Test
  void markdown_namesNoMachineAbsolutePath() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    for (String dir : List.of("docs", "scenarios")) {
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) scan(root, f, found);
      }
    }
    scan(root, root.resolve("README.md"), found);
    assertTrue(found.isEmpty(), "machine-absolute paths: " + found);
  }

  private static void scan(Path root, Path f, List<String> found) throws IOException {
    List<String> lines = Files.readAllLines(f);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ABSOLUTE.matcher(lines.get(i));
      while (m.find()) found.add(root.relativize(f) + ":" + (i + 1) + ": " + m.group());
    }
  }
}
