package dev.innosim.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.MySqlError;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The profiles as labelled tables: every switch set once, each citing a section, and their values. */
class ServerProfileTest {
  @Test
  void build_switchLeftUnset_isRefusedNamingIt() {
    ServerProfile.Builder b = new ServerProfile.Builder("partial").set(ServerProfile.Switch.BYPASS_WAITING_X, true);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("QUEUE_ORDER"), e.getMessage());
    assertFalse(e.getMessage().contains("BYPASS_WAITING_X"), e.getMessage());
  }

  @Test
  void set_switchTwice_isRefused() {
    ServerProfile.Builder b = new ServerProfile.Builder("twice").set(ServerProfile.Switch.BYPASS_WAITING_X, true);
    assertThrows(IllegalStateException.class, () -> b.set(ServerProfile.Switch.BYPASS_WAITING_X, false));
    assertThrows(IllegalArgumentException.class, () -> b.set(ServerProfile.Switch.QUEUE_ORDER, true));
  }

  @Test
  void switches_eachCitesASection() {
    for (ServerProfile.Switch s : ServerProfile.Switch.values()) {
      assertFalse(s.section().isBlank(), s.name());
      assertFalse(s.meaning().isBlank(), s.name());
    }
  }

  @Test
  void profiles_versionDifferences_readFromTheTable() {
    ServerProfile maria = ServerProfile.MARIADB_10_11;
    ServerProfile my80 = ServerProfile.MYSQL_8_0;
    ServerProfile my57 = ServerProfile.MYSQL_5_7;
    assertEquals(ServerProfile.GrantPolicy.CATS, my80.grantPolicy());
    assertEquals(ServerProfile.GrantPolicy.FIFO, maria.grantPolicy());
    assertTrue(maria.uniqueSecondaryEqualityNextKey());
    assertFalse(my80.uniqueSecondaryEqualityNextKey());
    assertEquals(MySqlError.ER_LOCK_NOWAIT, my80.nowaitErrorCode());
    assertEquals(Optional.of(new ServerProfile.SearchLimits(200, 1_000_000)), my57.deadlockSearchLimits());
    assertEquals(ServerProfile.LockView.INNODB_LOCKS, my57.lockView());
    assertEquals(ServerProfile.LockView.DATA_LOCKS, my80.lockView());
    assertEquals(ServerProfile.DeadlockReportLayout.MARIADB_10_6, maria.deadlockReportLayout());
    assertEquals(ServerProfile.DeadlockReportLayout.MYSQL_8_0, my80.deadlockReportLayout());
    assertEquals(ServerProfile.DeadlockReportLayout.MYSQL_5_7, my57.deadlockReportLayout());
  }

  @Test
  void victimRule_eachProfile_namesItsOwnServer() {
    assertTrue(ServerProfile.MARIADB_10_11.victimRule().choice().startsWith("MariaDB "));
    assertTrue(ServerProfile.MYSQL_8_0.victimRule().choice().startsWith("MySQL 8.0 "));
    assertTrue(ServerProfile.MYSQL_5_7.victimRule().choice().startsWith("MySQL 5.7 "));
    assertEquals(3, List.of(ServerProfile.MARIADB_10_11, ServerProfile.MYSQL_8_0, ServerProfile.MYSQL_5_7).stream()
        .map(p -> p.victimRule().tie()).distinct().count());
  }

  @Test
  void is_flagAndValueSwitches_areKeptApart() {
    EnumSet<ServerProfile.Switch> values = EnumSet.complementOf(EnumSet.copyOf(ServerProfile.FLAGS));
    assertTrue(values.contains(ServerProfile.Switch.VICTIM_RULE));
    assertThrows(IllegalArgumentException.class, () -> ServerProfile.MYSQL_8_0.is(ServerProfile.Switch.GRANT_POLICY));
    assertEquals(Optional.of(ServerProfile.MYSQL_5_7), ServerProfile.byName(" MySQL-5.7 "));
  }
}
