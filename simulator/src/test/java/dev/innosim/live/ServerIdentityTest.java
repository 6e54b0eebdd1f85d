package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.profile.ServerProfile;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile a live server is simulated with comes from its VERSION(). */
class ServerIdentityTest {
  static final String NEWEST_MYSQL = ServerProfile.byName("mysql-9.7").map(ServerProfile::name).orElse("mysql-8.0");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "10.11.19-MariaDB-0+deb12u1, MARIADB, mariadb-10.11, false",
      "10.6.21-MariaDB, MARIADB, mariadb-10.11, true",
      "11.4.2-MariaDB, MARIADB, mariadb-10.11, true",
      "5.7.44-log, MYSQL, mysql-5.7, false",
      "8.0.40, MYSQL, mysql-8.0, false"})
  void of_version_mapsToItsProfile(String version, Flavor flavor, String profile, boolean noted) {
    ServerIdentity id = ServerIdentity.of(version, "");
    assertEquals(flavor, id.flavor());
    assertEquals(profile, id.profile().name());
    assertEquals(noted, id.note().isPresent(), id.note().orElse(""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"8.4.3", "9.7.4-2", "9.1.0"})
  void of_mysqlAfter80_mapsToTheNewestMySqlProfileAndSaysSoIfNotItsOwn(String version) {
    ServerIdentity id = ServerIdentity.of(version, "(Debian)");
    assertEquals(NEWEST_MYSQL, id.profile().name());
    boolean own = version.startsWith("9.7") && NEWEST_MYSQL.equals("mysql-9.7");
    assertEquals(!own, id.note().isPresent());
    id.note().ifPresent(n -> assertTrue(n.contains(NEWEST_MYSQL), n));
    assertEquals("MySQL " + version + " (Debian)", id.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"5.6.51, MySQL 5.6.51 is older than supported (5.7 or later)",
      "10.4.34-MariaDB, MariaDB 10.4.34-MariaDB is older than supported (10.5 or later)"})
  void of_tooOld_isAFailureSayingWhichVersions(String version, String message) {
    LiveFailure f = assertThrows(LiveFailure.class, () -> ServerIdentity.of(version, ""));
    assertEquals("innosim: " + message, f.getMessage());
  }

  @Test
  void withProfile_serverOption_replacesTheProfileAndDropsTheNote() {
    ServerIdentity id = ServerIdentity.of("10.6.21-MariaDB", "").withProfile(ServerProfile.MYSQL_8_0);
    assertEquals("mysql-8.0", id.profile().name());
    assertEquals(Optional.empty(), id.note());
  }
}
