package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Opens the HTML report of every golden seed scenario in headless Chromium and checks the
 * screenshot is a real PNG of some size. In CI ({@code CI=true}, where {@code .ci/run} installs
 * Debian's chromium) a missing browser fails the test; on a developer machine without it the test is
 * skipped with a message ({@code apt-get install chromium}). Screenshots land in {@code target/screenshots/}.
 */
class BrowserScreenshotTest {
  static final Path CHROMIUM = Path.of(System.getProperty("innosim.chromium", "/usr/bin/chromium"));
  static final Path OUT = Path.of("target/screenshots");
  static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TestFactory
  Stream<DynamicTest> seedReports_renderInHeadlessChromium() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(HtmlReportTest.ROOT.resolve("golden"))) {
      // the MariaDB recordings only: their MySQL 9.7 twins (NAME.mysql97.sql) need a mysql-9.7 profile
      seeds = s.filter(p -> p.getFileName().toString().matches("seed.*\\.sql") && !p.getFileName().toString().endsWith(".mysql97.sql"))
          .sorted().toList();
    }
    return seeds.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> screenshot(p)));
  }

  private static void screenshot(Path scenario) throws Exception {
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(Files.isExecutable(CHROMIUM), "CI must have a headless browser at " + CHROMIUM + " (.ci/run installs Debian's chromium)");
    }
    assumeTrue(Files.isExecutable(CHROMIUM), "no headless browser at " + CHROMIUM + ": install Debian's chromium to run this check");
    Files.createDirectories(OUT);
    String name = scenario.getFileName().toString().replace(".sql", "");
    Path html = OUT.resolve(name + ".html").toAbsolutePath();
    Path png = OUT.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    Files.writeString(html, HtmlReport.render(HtmlReportTest.run("golden/" + scenario.getFileName()), java.util.List.of()), StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory("innosim-chromium");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1400,1000", html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(OUT.resolve(name + ".chromium.log").toFile()).start();
    boolean done = p.waitFor(90, TimeUnit.SECONDS);
    if (!done) p.destroyForcibly();
    assertTrue(done, "chromium did not finish within 90 s");
    assertEquals(0, p.exitValue(), "chromium exit code; see " + OUT.resolve(name + ".chromium.log"));
    assertTrue(Files.exists(png), "no screenshot written");
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8), "a PNG file");
    assertTrue(bytes.length > 10_000, "a non-trivial picture, got " + bytes.length + " bytes");
  }
}
