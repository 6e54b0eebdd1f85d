package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.fail;

import dev.innosim.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The live servers the live tests run against: MariaDB ({@code INNOSIM_MARIADB_URL}, default
 * 127.0.0.1:3399) and MySQL 9.7 ({@code INNOSIM_MYSQL_URL}, default 127.0.0.1:3406), both as the
 * system property of the same name or the environment variable, account oracle/oracle
 * ({@code INNOSIM_LIVE_USER}, {@code INNOSIM_LIVE_PASSWORD}). {@code .ci/run} starts both. A server
 * that is not reachable fails the test in CI ({@code CI=true}) and skips it, saying why, elsewhere.
 */
final class LiveServers {
  private LiveServers() {}

  static final Path SCENARIOS = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  static String setting(String name, String fallback) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  static String mariadbUrl() { return setting("INNOSIM_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3399/"); }

  static String mysqlUrl() { return setting("INNOSIM_MYSQL_URL", "jdbc:mysql://127.0.0.1:3406/"); }

  static String user() { return setting("INNOSIM_LIVE_USER", "oracle"); }

  static String password() { return setting("INNOSIM_LIVE_PASSWORD", "oracle"); }

  static LiveTarget target(String url) { return new LiveTarget(url, user(), password()); }

  /** The server's identity; an unreachable server fails the test in CI and skips it elsewhere. */
  static ServerIdentity require(String url) {
    try {
      return target(url).identify();
    } catch (LiveFailure e) {
      String why = e.getMessage() + " -- start it with .ci/run (or .ci/start-mariadb.sh / .ci/start-mysql.sh), "
          + "or point INNOSIM_MARIADB_URL / INNOSIM_MYSQL_URL at one";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("live server required in CI: " + why);
      Assumptions.abort("live server not reachable, live test skipped (CI=true makes this a failure): " + why);
      throw new AssertionError("unreachable");
    }
  }

  /** A command line's result. */
  record Run(int exit, String out, String err) {
    List<String> outLines() { return List.of(out.split("\n")); }
  }

  static Run innosim(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code innosim CMD --url URL --user oracle --password oracle ARGS...}. */
  static Run onServer(String command, String url, String... args) {
    List<String> a = new ArrayList<>(List.of(command, "--url", url, "--user", user(), "--password", password()));
    a.addAll(List.of(args));
    return innosim(a.toArray(String[]::new));
  }
}
