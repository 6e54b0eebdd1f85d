package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.server.Command;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong with a live server gives one line and exit 2, never a stack trace or the
 * password, and never leaves a scenario database behind: an unreachable port, a refused login, an
 * account without the privileges, a setup statement the server rejects, a connection lost mid-run.
 */
class FailureLiveTest {
  static final String GOLDEN = LiveServers.SCENARIOS.resolve("golden/basic-01-pk-point-update.sql").toString();

  static void assertOneLine(LiveServers.Run r) {
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void verify_unreachablePort_isOneLineExit2() {
    LiveServers.Run r = LiveServers.innosim("verify", GOLDEN, "--url", "jdbc:mariadb://127.0.0.1:1/", "--user", "oracle", "--password", "x");
    assertOneLine(r);
    assertTrue(r.err().startsWith("innosim: cannot connect to jdbc:mariadb://127.0.0.1:1/: "), r.err());
    LiveServers.Run m = LiveServers.innosim("verify", GOLDEN, "--url", "jdbc:mysql://127.0.0.1:1/", "--user", "oracle", "--password", "x");
    assertOneLine(m);
    assertTrue(m.err().startsWith("innosim: cannot connect to jdbc:mysql://127.0.0.1:1/: "), m.err());
  }

  @Test
  void verify_urlOfAnotherKind_isOneLineExit2() {
    LiveServers.Run r = LiveServers.innosim("verify", GOLDEN, "--url", "jdbc:postgresql://127.0.0.1:5432/", "--password", "");
    assertOneLine(r);
    assertEquals("innosim: --url must start with jdbc:mysql:// or jdbc:mariadb:// (got jdbc:postgresql://127.0.0.1:5432/)\n", r.err());
  }

  @Test
  void verify_wrongPassword_isOneLineWithoutThePassword() {
    LiveServers.require(LiveServers.mariadbUrl());
    LiveServers.Run r = LiveServers.innosim("verify", GOLDEN, "--url", LiveServers.mariadbUrl(), "--user", LiveServers.user(),
        "--password", "not-the-Passw0rd");
    assertOneLine(r);
    assertEquals("innosim: " + LiveServers.mariadbUrl() + " refused the login of user '" + LiveServers.user()
        + "' (wrong user or password)\n", r.err());
    assertFalse((r.out() + r.err()).contains("not-the-Passw0rd"));
  }

  @Test
  void verify_accountWithoutPrivileges_namesWhatIsMissing() throws SQLException {
    for (String url : List.of(LiveServers.mariadbUrl(), LiveServers.mysqlUrl())) {
      ServerIdentity id = LiveServers.require(url);
      String user = "innosim_restricted";
      String password = "Restricted-pw-7";
      try (Connection c = LiveServers.target(url).connect(); Statement st = c.createStatement()) {
        st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        st.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        LiveServers.Run r = LiveServers.innosim("verify", GOLDEN, "--url", url, "--user", user, "--password", password);
        assertOneLine(r);
        String missing = id.flavor() == Flavor.MYSQL ? "CREATE, DROP, PROCESS, SELECT on performance_schema" : "CREATE, DROP, PROCESS";
        assertTrue(r.err().startsWith("innosim: the account '" + user + "' lacks the privileges " + missing + " on " + url), r.err());
        assertFalse((r.out() + r.err()).contains(password));
      } finally {
        try (Connection c = LiveServers.target(url).connect(); Statement st = c.createStatement()) {
          st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        }
      }
    }
  }

  static boolean exists(String url, String db) throws SQLException {
    try (Connection c = LiveServers.target(url).connect();
         PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static Scenario scenario(String text) {
    return ScenarioParser.parse("f.sql", text);
  }

  @Test
  void jdbcServer_database_isFreshAndDroppedOnClose() throws SQLException {
    ServerIdentity id = LiveServers.require(LiveServers.mariadbUrl());
    Scenario sc = scenario("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nT1: BEGIN;\n");
    String db;
    try (JdbcServer s = JdbcServer.open(LiveServers.target(LiveServers.mariadbUrl()), id, sc.isolation(), sc.sessionIsolation(), sc.sessions())) {
      db = s.database();
      assertTrue(db.matches("innosim_[0-9a-f]{16}"), db);
      assertTrue(exists(LiveServers.mariadbUrl(), db));
    }
    assertFalse(exists(LiveServers.mariadbUrl(), db), db + " dropped");
  }

  @Test
  void liveRun_setupStatementRejected_isBadInputAtItsLineAndDropsTheDatabase() throws SQLException {
    ServerIdentity id = LiveServers.require(LiveServers.mariadbUrl());
    Scenario sc = scenario("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nINSERT INTO t VALUES (1), (1);\nT1: BEGIN;\n");
    long before = scenarioDatabases(LiveServers.mariadbUrl());
    ScenarioException e = assertThrows(ScenarioException.class, () -> LiveRun.run(sc, LiveServers.target(LiveServers.mariadbUrl()), id));
    assertTrue(e.getMessage().startsWith("f.sql:2: the server rejected it: error 1062: "), e.getMessage());
    assertEquals(before, scenarioDatabases(LiveServers.mariadbUrl()));
  }

  static long scenarioDatabases(String url) throws SQLException {
    try (Connection c = LiveServers.target(url).connect(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'innosim\\_%'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void jdbcServer_connectionKilledMidRun_isOneFailureAndTheDatabaseIsDropped() throws SQLException {
    for (String url : List.of(LiveServers.mariadbUrl(), LiveServers.mysqlUrl())) {
      ServerIdentity id = LiveServers.require(url);
      Scenario sc = scenario("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nINSERT INTO t VALUES (1);\n"
          + "T1: BEGIN;\nT1: SELECT * FROM t FOR UPDATE;\nT1: COMMIT;\n");
      List<Scenario.Step> steps = sc.steps();
      String db;
      try (JdbcServer s = JdbcServer.open(LiveServers.target(url), id, sc.isolation(), sc.sessionIsolation(), sc.sessions())) {
        db = s.database();
        for (Scenario.Setup st : sc.setup()) s.setup(new Command(st.sql(), st.statement(), st.line()));
        s.issue(SessionId.of(1), new Command(steps.get(0).sql(), steps.get(0).statement(), 3));
        try (Connection c = LiveServers.target(url).connect(); Statement st = c.createStatement()) {
          List<Long> ids = new java.util.ArrayList<>();
          try (ResultSet rs = st.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '" + db + "'")) {
            while (rs.next()) ids.add(rs.getLong(1));
          }
          assertFalse(ids.isEmpty());
          for (long pid : ids) st.execute("KILL " + pid);
        }
        LiveFailure f = assertThrows(LiveFailure.class,
            () -> s.issue(SessionId.of(1), new Command(steps.get(1).sql(), steps.get(1).statement(), 4)));
        assertTrue(f.getMessage().startsWith("innosim: lost the connection"), f.getMessage());
      }
      assertFalse(exists(url, db), db + " dropped on " + url);
    }
  }
}
