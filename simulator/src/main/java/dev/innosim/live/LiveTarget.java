package dev.innosim.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Where a live server is and how to log in: a JDBC URL ({@code jdbc:mysql://} picks MySQL
 * Connector/J, {@code jdbc:mariadb://} MariaDB Connector/J), user and password. The password is
 * kept only to connect and never appears in {@link #toString} or any message; immutable.
 */
public final class LiveTarget {
  private final String url;
  private final String user;
  private final String password;

  public LiveTarget(String url, String user, String password) {
    if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
      throw new LiveFailure("innosim: --url must start with jdbc:mysql:// or jdbc:mariadb:// (got " + shown(url) + ")");
    }
    this.url = url;
    this.user = user;
    this.password = password == null ? "" : password;
  }

  /** The URL without its query part (which might hold credentials), for messages. */
  public String shownUrl() { return shown(url); }

  public String user() { return user; }

  private static String shown(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  @Override public String toString() { return user + " at " + shownUrl(); }

  /** A new autocommit connection; an unreachable server or a refused login is a {@link LiveFailure}. */
  Connection connect() {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    p.setProperty("connectTimeout", "5000");
    p.setProperty("socketTimeout", "120000");
    try {
      Connection c = DriverManager.getConnection(url, p);
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      if (e.getErrorCode() == 1045 || e.getErrorCode() == 1698) {
        throw new LiveFailure("innosim: " + shownUrl() + " refused the login of user '" + user + "' (wrong user or password)");
      }
      throw new LiveFailure("innosim: cannot connect to " + shownUrl() + ": " + firstLine(e.getMessage()));
    }
  }

  static String firstLine(String m) {
    if (m == null) return "";
    int nl = m.indexOf('\n');
    String s = nl < 0 ? m : m.substring(0, nl);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /**
   * Connects once and checks that innosim can run here: the version is supported, InnoDB is
   * available, and the account has CREATE, DROP, PROCESS and (MySQL) SELECT on performance_schema.
   */
  public ServerIdentity identify() {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      String version;
      String comment;
      try (ResultSet rs = st.executeQuery("SELECT VERSION(), @@version_comment, CURRENT_USER()")) {
        rs.next();
        version = rs.getString(1);
        comment = rs.getString(2);
      }
      ServerIdentity id = ServerIdentity.of(version, comment);
      try (ResultSet rs = st.executeQuery("SELECT SUPPORT FROM information_schema.ENGINES WHERE ENGINE = 'InnoDB'")) {
        String support = rs.next() ? rs.getString(1) : "NO";
        if (!"YES".equalsIgnoreCase(support) && !"DEFAULT".equalsIgnoreCase(support)) {
          throw new LiveFailure("innosim: " + shownUrl() + " has no InnoDB storage engine (" + id.describe() + ")");
        }
      }
      List<String> missing = missingPrivileges(c, id.flavor());
      if (!missing.isEmpty()) {
        throw new LiveFailure("innosim: the account '" + user + "' lacks the privilege" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing) + " on " + shownUrl() + " (innosim needs CREATE and DROP for its own scenario"
            + " databases, PROCESS for SHOW ENGINE INNODB STATUS and INNODB_TRX"
            + (id.flavor() == Flavor.MYSQL ? ", SELECT on performance_schema for data_locks" : "") + ")");
      }
      return id;
    } catch (SQLException e) {
      throw new LiveFailure("innosim: " + shownUrl() + ": " + firstLine(e.getMessage()));
    }
  }

  private static List<String> missingPrivileges(Connection c, Flavor flavor) throws SQLException {
    Set<String> global = new HashSet<>();
    Set<String> onOurs = new HashSet<>();
    String grantee;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CURRENT_USER()")) {
      rs.next();
      String cu = rs.getString(1);
      int at = cu.lastIndexOf('@');
      grantee = "'" + cu.substring(0, at) + "'@'" + cu.substring(at + 1) + "'";
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ?")) {
      ps.setString(1, grantee);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) global.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES "
        + "WHERE GRANTEE = ? AND 'innosim_0123456789abcdef' LIKE TABLE_SCHEMA")) {
      ps.setString(1, grantee);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) onOurs.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String p : List.of("CREATE", "DROP")) if (!global.contains(p) && !onOurs.contains(p)) missing.add(p);
    if (!global.contains("PROCESS")) {
      // a role may grant it: the statement itself decides
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW ENGINE INNODB STATUS")) {
        rs.next();
      } catch (SQLException e) {
        missing.add("PROCESS");
      }
    }
    if (flavor == Flavor.MYSQL) {
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT ENGINE_TRANSACTION_ID FROM performance_schema.data_locks LIMIT 0")) {
        rs.next();
      } catch (SQLException e) {
        missing.add("SELECT on performance_schema");
      }
    }
    return missing;
  }
}
