package dev.innosim.profile;

import dev.innosim.mysql.MySqlError;
import java.util.List;
import java.util.Optional;

/**
 * The switches of one server version that the locking rules consult; immutable.
 *
 * <p>Version differences are data: the rules never test a version string, they read a switch.
 * Each switch names the row of the locking spec's section 7 (or the errata) it comes from.
 *
 * @param name                               profile name as written in {@code -- @server:}
 * @param uniqueSecondaryEqualityNextKey     an equality hit on a UNIQUE secondary index is locked next-key
 *                                           (MariaDB, errata T12) instead of REC_NOT_GAP
 * @param nextKeyBecomesGapWhenRecordHeld    §7.1: a next-key request by a holder of a record lock of equal or
 *                                           stronger mode only adds a GAP lock (8.0; MariaDB MDEV-10962)
 * @param bypassWaitingX                     §7.2: a holder of S or X on the record may bypass a waiting X (8.0.27+)
 * @param queueOrder                         §7.3
 * @param grantPolicy                        §7.4
 * @param deadlockSearch                     §7.5
 * @param victimOrder                        §7.6
 * @param rangeEndGapOptimisation            §7.8: the first clustered record past a range gets GAP (or nothing
 *                                           after an inclusive end key that exists) instead of next-key
 * @param primaryDuplicateRecordOnly         §7.9: the PRIMARY duplicate check locks record-only
 * @param uniqueSecondaryDuplicateGapOnNonEqual §7.10: a plain INSERT's unique secondary duplicate scan locks the
 *                                           first non-equal entry GAP (else next-key)
 * @param partialRollbackConvertsImplicit    §7.11: a statement rollback at RR first makes the implicit locks of
 *                                           the records it undoes explicit, so removed records leave gap locks
 * @param rcInheritance                      §7.12
 * @param ownImplicitLockMadeExplicit        §7.13: reading one's own implicitly locked record creates an
 *                                           explicit lock (MySQL) instead of returning at once (MariaDB)
 * @param autoIncLockMode                    §7.16: innodb_autoinc_lock_mode default
 * @param nowaitSupported                    §7.17: NOWAIT / SKIP LOCKED exist (else error 1064)
 * @param nowaitErrorCode                    §7.17: error of a failed NOWAIT request
 * @param forShareSyntax                     {@code FOR SHARE} is accepted (else error 1064)
 * @param deadlockSearchLimits               §5.3: depth and step limits of 5.7's search, if any
 * @param rcUnlocksSecondaryScans            READ COMMITTED releases non-matching rows of secondary-index scans
 *                                           too (MySQL); MariaDB's {@code row_unlock_for_mysql} only handles
 *                                           clustered-index scans (golden seed001c)
 * @param rcSkipsCommittedDeleteMarked       §7.23: READ COMMITTED does not lock committed delete-marked records
 *                                           (MariaDB) instead of locking and releasing them
 * @param semiConsistentChecksDeadlock       §7.14: a semi-consistent read enqueues its waiting lock and runs the
 *                                           deadlock check before cancelling it (5.7)
 */
public record ServerProfile(
    String name,
    boolean uniqueSecondaryEqualityNextKey,
    boolean nextKeyBecomesGapWhenRecordHeld,
    boolean bypassWaitingX,
    QueueOrder queueOrder,
    GrantPolicy grantPolicy,
    DeadlockSearch deadlockSearch,
    VictimOrder victimOrder,
    boolean rangeEndGapOptimisation,
    boolean primaryDuplicateRecordOnly,
    boolean uniqueSecondaryDuplicateGapOnNonEqual,
    boolean partialRollbackConvertsImplicit,
    RcInheritance rcInheritance,
    boolean ownImplicitLockMadeExplicit,
    int autoIncLockMode,
    boolean nowaitSupported,
    MySqlError nowaitErrorCode,
    boolean forShareSyntax,
    Optional<int[]> deadlockSearchLimits,
    boolean rcUnlocksSecondaryScans,
    boolean rcSkipsCommittedDeleteMarked,
    boolean semiConsistentChecksDeadlock) {

  /** Order of the locks on one record. */
  public enum QueueOrder {
    /** Creation order of lock structs (5.7, MariaDB). */
    CREATION,
    /** Granted locks first, newest granted at the front; waiting locks after them in order (8.0). */
    GRANTED_FIRST
  }

  /** Which waiters a release grants. */
  public enum GrantPolicy {
    /** Every waiter with no conflicting lock ahead of it, in queue order (5.7, MariaDB). */
    FIFO,
    /** Only waiters blocked by the releaser, heaviest schedule weight first, checked against granted locks (8.0 CATS). */
    CATS
  }

  /** How a new wait is checked for a cycle. */
  public enum DeadlockSearch {
    /** Follow each waiter's one recorded blocker (8.0, MariaDB). */
    ONE_EDGE,
    /** Depth-first over every conflicting lock ahead in each queue (5.7 {@code DeadlockChecker}). */
    ALL_LOCKS_AHEAD
  }

  /** Who is rolled back among equally light transactions. */
  public enum VictimOrder {
    /** The requester if it is on the cycle and among the lightest (5.7, MariaDB). */
    REQUESTER_ON_TIE,
    /** The cycle rotated so the most recent waiter is last; the later of equally light ones (8.0). */
    MOST_RECENT_WAITER_ON_TIE
  }

  /** Which locks of READ COMMITTED transactions a removed record passes on as gap locks (§3.10). */
  public enum RcInheritance {
    /** Skip X locks (S while running REPLACE / IODKU) (5.7, MariaDB). */
    SKIP_X,
    /** Skip all unless the transaction took statement-duration locks in this statement (8.0 {@code inherit_all}). */
    SKIP_UNLESS_STATEMENT_DURATION
  }

  /** MariaDB 10.11.19 as recorded by the oracle (see the errata for where it departs from the spec). */
  public static final ServerProfile MARIADB_10_11 = new ServerProfile(
      "mariadb-10.11", true, true, false, QueueOrder.CREATION, GrantPolicy.FIFO, DeadlockSearch.ONE_EDGE,
      VictimOrder.REQUESTER_ON_TIE, false, true, false, false, RcInheritance.SKIP_X, false, 1, true, MySqlError.ER_LOCK_WAIT_TIMEOUT, false,
      Optional.empty(), false, true, false);

  /** MySQL 8.0.27+ (8.0.40 source) as the spec describes it. */
  public static final ServerProfile MYSQL_8_0 = new ServerProfile(
      "mysql-8.0", false, true, true, QueueOrder.GRANTED_FIRST, GrantPolicy.CATS, DeadlockSearch.ONE_EDGE,
      VictimOrder.MOST_RECENT_WAITER_ON_TIE, true, true, true, true, RcInheritance.SKIP_UNLESS_STATEMENT_DURATION,
      true, 2, true, MySqlError.ER_LOCK_NOWAIT, true, Optional.empty(), true, false, false);

  /** MySQL 5.7.26+ (5.7.37 source) as the spec describes it. */
  public static final ServerProfile MYSQL_5_7 = new ServerProfile(
      "mysql-5.7", false, false, false, QueueOrder.CREATION, GrantPolicy.FIFO, DeadlockSearch.ALL_LOCKS_AHEAD,
      VictimOrder.REQUESTER_ON_TIE, false, true, false, true, RcInheritance.SKIP_X, true, 1, false, MySqlError.ER_PARSE_ERROR, false,
      Optional.of(new int[] {200, 1_000_000}), true, false, true);

  /** Every profile this build knows, in the order the CLI lists them. */
  public static List<ServerProfile> all() {
    return List.of(MYSQL_8_0, MYSQL_5_7, MARIADB_10_11);
  }

  /** The profile with this name, if known. */
  public static Optional<ServerProfile> byName(String name) {
    return all().stream().filter(p -> p.name.equalsIgnoreCase(name.trim())).findFirst();
  }

  /** The profile used when a scenario names none: MySQL 8.0, what most users run. */
  public static ServerProfile defaultProfile() {
    return MYSQL_8_0;
  }

  @Override public String toString() { return name; }

  @Override public boolean equals(Object o) { return o instanceof ServerProfile p && p.name.equals(name); }

  @Override public int hashCode() { return name.hashCode(); }
}
