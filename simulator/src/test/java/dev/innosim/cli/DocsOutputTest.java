package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
 * Every {@code $ ./innosim ...} block pasted in {@code docs/tour/} shows what the command prints
 * today: the guided tour cannot drift from the product.
 */
class DocsOutputTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios")).getParent();
  static final Pattern BLOCK = Pattern.compile("```\\n\\$ \\./innosim ([^\\n]*)\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyPastedCommand_printsWhatTheDocShows() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs/tour"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          String[] args = m.group(1).trim().split("\\s+");
          String shown = m.group(2);
          tests.add(DynamicTest.dynamicTest(page.getFileName() + ": innosim " + m.group(1), () -> {
            for (int i = 0; i < args.length; i++) {
              if (args[i].startsWith("scenarios/")) args[i] = ROOT.resolve(args[i]).toString();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(shown, out.toString(StandardCharsets.UTF_8),
                "docs out of date: rerun the command and paste its output into " + page);
          }));
        }
      }
    }
    return tests.stream();
  }
}
