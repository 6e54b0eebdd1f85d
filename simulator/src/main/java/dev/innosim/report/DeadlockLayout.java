package dev.innosim.report;

import dev.innosim.engine.Engine;
import dev.innosim.profile.ServerProfile;

/**
 * The layouts of the {@code LATEST DETECTED DEADLOCK} section of {@code SHOW ENGINE INNODB STATUS},
 * one per server family (spec 6.1); immutable.
 *
 * <p>MariaDB 10.6+ prints every member of the cycle in wait-for order starting after Brent's
 * meeting point, each with {@code WAITING FOR THIS LOCK TO BE GRANTED} and {@code CONFLICTING
 * WITH}; MySQL 8.0 prints every member with {@code HOLDS THE LOCK(S)}; 5.7 prints only two.
 */
public enum DeadlockLayout {
  /** MariaDB 10.6 and later ({@code Deadlock::report}). */
  MARIADB_10_6,
  /** MySQL 8.0.18 and later ({@code Deadlock_notifier::notify}). */
  MYSQL_8_0,
  /** MySQL 5.7 ({@code DeadlockChecker::notify}). */
  MYSQL_5_7;

  /** The layout the server of {@code profile} prints. */
  public static DeadlockLayout forProfile(ServerProfile profile) {
    switch (profile.deadlockReportLayout()) {
      case MYSQL_8_0: return MYSQL_8_0;
      case MYSQL_5_7: return MYSQL_5_7;
      default: return MARIADB_10_6;
    }
  }

  /**
   * The section for one deadlock, from the {@code ------------------------} line above
   * {@code LATEST DETECTED DEADLOCK} to {@code *** WE ROLL BACK TRANSACTION (k)}.
   */
  public String render(Engine.DeadlockReport d, ReportNames names) {
    if (this == MYSQL_8_0) return InnodbStatus.mysql80(d, names);
    if (this == MYSQL_5_7) return InnodbStatus.mysql57(d, names);
    return InnodbStatus.mariaDb(d, names);
  }
}
