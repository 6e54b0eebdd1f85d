package dev.innosim.profile;

import dev.innosim.mysql.MySqlError;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The switches of one server version that the locking rules and the reports consult; immutable.
 *
 * <p>Version differences are data: nothing outside this class tests a version name, it reads a
 * switch. Each profile below is a labelled table, one line per {@link Switch}, and each switch
 * names the section of the locking spec (section 7 unless stated, or the MariaDB errata) it
 * comes from. {@link Builder#build()} refuses a profile that leaves a switch unset.
 */
public final class ServerProfile {

  /** Every switch a profile sets, with the spec section it comes from and what it decides. */
  public enum Switch {
    UNIQUE_SECONDARY_EQUALITY_NEXT_KEY("errata T12",
        "an equality hit on a UNIQUE secondary index is locked next-key instead of REC_NOT_GAP"),
    NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD("§7.1",
        "a next-key request by a holder of a record lock of equal or stronger mode only adds a GAP lock"),
    BYPASS_WAITING_X("§7.2", "a holder of S or X on the record may bypass a waiting X"),
    QUEUE_ORDER("§7.3", "the order of the locks on one record"),
    GRANT_POLICY("§7.4", "which waiters a release grants"),
    DEADLOCK_SEARCH("§7.5", "how a new wait is checked for a cycle"),
    VICTIM_ORDER("§7.6", "who is rolled back among equally light transactions"),
    RANGE_END_GAP_OPTIMISATION("§7.8",
        "the first clustered record past a range gets GAP (or nothing after an inclusive end key that exists)"),
    PRIMARY_DUPLICATE_RECORD_ONLY("§7.9", "the PRIMARY duplicate check locks record-only"),
    UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL("§7.10",
        "a plain INSERT's unique secondary duplicate scan locks the first non-equal entry GAP (else next-key)"),
    PARTIAL_ROLLBACK_CONVERTS_IMPLICIT("§7.11",
        "a statement rollback at RR first makes the implicit locks of the records it undoes explicit"),
    RC_INHERITANCE("§7.12", "which locks of READ COMMITTED transactions a removed record passes on"),
    OWN_IMPLICIT_LOCK_MADE_EXPLICIT("§7.13",
        "reading one's own implicitly locked record creates an explicit lock instead of returning at once"),
    SEMI_CONSISTENT_CHECKS_DEADLOCK("§7.14",
        "a semi-consistent read enqueues its waiting lock and runs the deadlock check before cancelling it"),
    AUTO_INC_LOCK_MODE("§7.16", "the innodb_autoinc_lock_mode default"),
    NOWAIT_SUPPORTED("§7.17", "NOWAIT / SKIP LOCKED exist (else error 1064)"),
    NOWAIT_ERROR("§7.17", "the error of a failed NOWAIT request"),
    FOR_SHARE_SYNTAX("§7.17", "FOR SHARE is accepted (else error 1064)"),
    ICP_ENDS_BACKWARD_SCANS("rules14-select-desc-limit-*",
        "index condition pushdown ends a backward (ORDER BY ... DESC) secondary scan at the entry past its range, before the clustered record is locked"),
    LOCK_IN_SHARE_MODE_WAIT_POLICY("§7.17",
        "LOCK IN SHARE MODE takes NOWAIT / SKIP LOCKED (MySQL's grammar has them only after FOR UPDATE / FOR SHARE: error 1064)"),
    DEADLOCK_SEARCH_LIMITS("§5.3", "depth and step limits of the deadlock search, if any"),
    RC_UNLOCKS_SECONDARY_SCANS("golden seed001c",
        "READ COMMITTED releases non-matching rows of secondary-index scans too, not only clustered-index scans"),
    RC_SKIPS_COMMITTED_DELETE_MARKED("§7.23",
        "READ COMMITTED does not lock committed delete-marked records, instead of locking and releasing them"),
    FK_CHECKS_IN_SQL_LAYER("MySQL 9.x innodb_native_foreign_keys=OFF (recorded on 9.7.4)",
        "foreign keys are checked by the SQL layer: a child insert checks its parent before it takes IX or inserts, "
            + "and a parent change reads the children as a locking read (S next-key; X next-key and IX when it cascades)"),
    SUBQUERY_MATERIALIZED_FIRST("sql14-*-subquery-*, sql14-delete-exists-* (both servers)",
        "an IN (SELECT ...) / EXISTS semi-join of a top-level condition reads the subquery's table first and looks up "
            + "the outer rows by the values found; otherwise the outer table is scanned and each row tested against the "
            + "materialised subquery"),
    ROR_INTERSECT_BY_ROWS("explain-golden.tsv: seed001*.mysql97 (MySQL 9.7 EXPLAIN)",
        "index merge intersection reads the index with the fewest matching records first (MariaDB: records x key length)"),
    CLUSTERED_POINTS_FULL_SCAN("point-in-list-pk-covering-rr (both servers)",
        "several primary-key points answered from the key alone scan the clustered index in full (MySQL 9.7: ranges)"),
    TX_ISOLATION_VARIABLE("sql14-user-variables-rr (both servers)",
        "the session variable tx_isolation exists (MySQL 8.0 removed it: error 1193 Unknown system variable)"),
    TRANSACTION_ISOLATION_VARIABLE("sql14-user-variables-rr (both servers)",
        "the session variable transaction_isolation exists (MariaDB has it from 11.1: 10.11 gives error 1193)"),
    RANGE_LOOKUP_COST("recorded on both servers: scenarios/range/large-*",
        "on a table of 10,000 records or more, a range read through a secondary index that must fetch the rows costs this"
            + " many full-scan row reads per row: a full scan wins when the range holds more than 1/cost of the table"),
    DEADLOCK_REPORT_LAYOUT("§6.1", "the layout of LATEST DETECTED DEADLOCK in SHOW ENGINE INNODB STATUS"),
    LOCK_VIEW("§6.3, §6.4", "the table that lists locks: performance_schema.data_locks or information_schema.INNODB_LOCKS"),
    VICTIM_RULE("§5.3-§5.5", "the victim rule in plain words, as the deadlock explanation states it");

    private final String section;
    private final String meaning;

    Switch(String section, String meaning) {
      this.section = section;
      this.meaning = meaning;
    }

    /** The spec section (or errata row, or corpus case) the switch comes from. */
    public String section() { return section; }

    /** What the switch decides, one sentence fragment. */
    public String meaning() { return meaning; }
  }

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

  /** The layout of the {@code LATEST DETECTED DEADLOCK} section (spec 6.1). */
  public enum DeadlockReportLayout {
    /** MariaDB 10.6 and later ({@code Deadlock::report}): every member, each with what it waits for and conflicts with. */
    MARIADB_10_6,
    /** MySQL 8.0.18 and later ({@code Deadlock_notifier::notify}): every member with HOLDS THE LOCK(S). */
    MYSQL_8_0,
    /** MySQL 5.7 ({@code DeadlockChecker::notify}): two transactions only. */
    MYSQL_5_7
  }

  /** Where the server lists locks. */
  public enum LockView {
    /** {@code performance_schema.data_locks}: every lock (MySQL 8.0; MariaDB is shown the same way). */
    DATA_LOCKS,
    /** {@code information_schema.INNODB_LOCKS}: contended locks only, REC_NOT_GAP shown as S/X (MySQL 5.7). */
    INNODB_LOCKS
  }

  /**
   * The victim rule in plain words: {@code choice} (who is rolled back, by weight) and {@code tie}
   * (who among equally light ones); the explanation prints them around the members' weights.
   */
  public record VictimRule(String choice, String tie) {}

  /** A depth and step limit of the deadlock search (5.7: 200 and 1,000,000). */
  public record SearchLimits(int depth, int steps) {}

  /** The yes/no switches (the others carry a value of their own type). */
  public static final Set<Switch> FLAGS = EnumSet.of(
      Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY, Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD, Switch.BYPASS_WAITING_X,
      Switch.RANGE_END_GAP_OPTIMISATION, Switch.PRIMARY_DUPLICATE_RECORD_ONLY,
      Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL, Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT,
      Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT, Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK, Switch.NOWAIT_SUPPORTED,
      Switch.FOR_SHARE_SYNTAX, Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY, Switch.ICP_ENDS_BACKWARD_SCANS,
      Switch.RC_UNLOCKS_SECONDARY_SCANS, Switch.RC_SKIPS_COMMITTED_DELETE_MARKED,
      Switch.FK_CHECKS_IN_SQL_LAYER, Switch.TX_ISOLATION_VARIABLE, Switch.TRANSACTION_ISOLATION_VARIABLE,
      Switch.SUBQUERY_MATERIALIZED_FIRST, Switch.ROR_INTERSECT_BY_ROWS, Switch.CLUSTERED_POINTS_FULL_SCAN);

  private final String name;
  private final Set<Switch> on;
  private final QueueOrder queueOrder;
  private final GrantPolicy grantPolicy;
  private final DeadlockSearch deadlockSearch;
  private final VictimOrder victimOrder;
  private final RcInheritance rcInheritance;
  private final int autoIncLockMode;
  private final MySqlError nowaitErrorCode;
  private final Optional<SearchLimits> deadlockSearchLimits;
  private final DeadlockReportLayout deadlockReportLayout;
  private final LockView lockView;
  private final VictimRule victimRule;
  private final double rangeLookupCost;

  private ServerProfile(Builder b) {
    this.name = b.name;
    this.on = Set.copyOf(b.on);
    this.queueOrder = b.queueOrder;
    this.grantPolicy = b.grantPolicy;
    this.deadlockSearch = b.deadlockSearch;
    this.victimOrder = b.victimOrder;
    this.rcInheritance = b.rcInheritance;
    this.autoIncLockMode = b.autoIncLockMode;
    this.nowaitErrorCode = b.nowaitErrorCode;
    this.deadlockSearchLimits = b.deadlockSearchLimits;
    this.deadlockReportLayout = b.deadlockReportLayout;
    this.lockView = b.lockView;
    this.victimRule = b.victimRule;
    this.rangeLookupCost = b.rangeLookupCost;
  }

  /** MariaDB 10.11.19 as recorded by the oracle (see the errata for where it departs from the spec). */
  public static final ServerProfile MARIADB_10_11 = new Builder("mariadb-10.11")
      .set(Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY, true)            // errata T12
      .set(Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD, true)         // §7.1, MDEV-10962, errata T23
      .set(Switch.BYPASS_WAITING_X, false)                             // §7.2, errata T24
      .queueOrder(QueueOrder.CREATION)                                 // §7.3
      .grantPolicy(GrantPolicy.FIFO)                                   // §7.4
      .deadlockSearch(DeadlockSearch.ONE_EDGE)                         // §7.5
      .victimOrder(VictimOrder.REQUESTER_ON_TIE)                       // §7.6
      .set(Switch.RANGE_END_GAP_OPTIMISATION, false)                   // §7.8
      .set(Switch.PRIMARY_DUPLICATE_RECORD_ONLY, true)                 // §7.9, errata T36
      .set(Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL, false)  // §7.10
      .set(Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT, false)           // §7.11, errata T34
      .rcInheritance(RcInheritance.SKIP_X)                             // §7.12
      .set(Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT, false)              // §7.13
      .set(Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK, false)              // §7.14
      .autoIncLockMode(1)                                              // §7.16
      .set(Switch.NOWAIT_SUPPORTED, true)                              // §7.17
      .nowaitError(MySqlError.ER_LOCK_WAIT_TIMEOUT)                    // §7.17
      .set(Switch.FOR_SHARE_SYNTAX, false)                             // §7.17
      .set(Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY, true)                // §7.17
      .set(Switch.ICP_ENDS_BACKWARD_SCANS, false)                      // rules14-select-desc-limit-*
      .deadlockSearchLimits(Optional.empty())                          // §5.3
      .set(Switch.RC_UNLOCKS_SECONDARY_SCANS, false)                   // golden seed001c
      .set(Switch.RC_SKIPS_COMMITTED_DELETE_MARKED, true)              // §7.23, errata point 6
      .set(Switch.FK_CHECKS_IN_SQL_LAYER, false)                       // innodb_native_foreign_keys
      .set(Switch.TX_ISOLATION_VARIABLE, true)                        // sql14-user-variables-rr
      .set(Switch.TRANSACTION_ISOLATION_VARIABLE, false)                // sql14-user-variables-rr
      .set(Switch.SUBQUERY_MATERIALIZED_FIRST, false)                  // sql14 subquery cases
      .set(Switch.ROR_INTERSECT_BY_ROWS, false)                        // explain-golden.tsv
      .set(Switch.CLUSTERED_POINTS_FULL_SCAN, true)                   // point-in-list-pk-covering-rr
      .deadlockReportLayout(DeadlockReportLayout.MARIADB_10_6)         // §6.1
      .lockView(LockView.DATA_LOCKS)                                   // §6.3
      .victimRule(new VictimRule(                                      // §5.5, Deadlock::report
          "MariaDB rolls back the transaction with the smallest weight",
          "on a tie, the transaction whose request closed the cycle"))
      .rangeLookupCost(7.0)                                // scenarios/range/large-*: 5% range, 15% full scan
      .build();

  /**
   * MySQL 9.7.4 (Debian's mysql-server-core 9.7.4-2) as the oracle recorded it: every switch was
   * confirmed on the real server ({@code scenarios/**}/{@code *.mysql97.sql}, docs/profiles.md).
   */
  public static final ServerProfile MYSQL_9_7 = new Builder("mysql-9.7")
      .set(Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY, false)           // errata T12
      .set(Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD, true)         // §7.1
      .set(Switch.BYPASS_WAITING_X, true)                              // §7.2, 8.0.27+
      .queueOrder(QueueOrder.GRANTED_FIRST)                            // §7.3
      .grantPolicy(GrantPolicy.CATS)                                   // §7.4
      .deadlockSearch(DeadlockSearch.ONE_EDGE)                         // §7.5
      .victimOrder(VictimOrder.MOST_RECENT_WAITER_ON_TIE)              // §7.6
      .set(Switch.RANGE_END_GAP_OPTIMISATION, true)                    // §7.8
      .set(Switch.PRIMARY_DUPLICATE_RECORD_ONLY, true)                 // §7.9
      .set(Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL, true)   // §7.10
      .set(Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT, true)            // §7.11
      .rcInheritance(RcInheritance.SKIP_UNLESS_STATEMENT_DURATION)     // §7.12
      .set(Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT, true)               // §7.13
      .set(Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK, false)              // §7.14
      .autoIncLockMode(2)                                              // §7.16
      .set(Switch.NOWAIT_SUPPORTED, true)                              // §7.17
      .nowaitError(MySqlError.ER_LOCK_NOWAIT)                          // §7.17
      .set(Switch.FOR_SHARE_SYNTAX, true)                              // §7.17
      .set(Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY, false)               // §7.17
      .set(Switch.ICP_ENDS_BACKWARD_SCANS, true)                       // rules14-select-desc-limit-*
      .deadlockSearchLimits(Optional.empty())                          // §5.3
      .set(Switch.RC_UNLOCKS_SECONDARY_SCANS, true)                    // golden seed001c
      .set(Switch.RC_SKIPS_COMMITTED_DELETE_MARKED, false)             // §7.23
      .set(Switch.FK_CHECKS_IN_SQL_LAYER, true)                       // innodb_native_foreign_keys
      .set(Switch.TX_ISOLATION_VARIABLE, false)                        // sql14-user-variables-rr
      .set(Switch.TRANSACTION_ISOLATION_VARIABLE, true)                // sql14-user-variables-rr
      .set(Switch.SUBQUERY_MATERIALIZED_FIRST, true)                  // sql14 subquery cases
      .set(Switch.ROR_INTERSECT_BY_ROWS, true)                        // explain-golden.tsv
      .set(Switch.CLUSTERED_POINTS_FULL_SCAN, false)                   // point-in-list-pk-covering-rr
      .deadlockReportLayout(DeadlockReportLayout.MYSQL_8_0)            // §6.1
      .lockView(LockView.DATA_LOCKS)                                   // §6.3
      .victimRule(new VictimRule(                                      // §5.4, lock_wait_choose_victim
          "MySQL 9.7 rolls back the transaction with the smallest weight",
          "on a tie, the one that started waiting most recently (else the nearest before it in wait-for order)"))
      .rangeLookupCost(5.5)                                // scenarios/range/large-*.mysql97: 15% range, 20% full scan
      .build();

  /** MySQL 8.0.27+ (8.0.40 source) as the spec describes it. */
  public static final ServerProfile MYSQL_8_0 = new Builder("mysql-8.0")
      .set(Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY, false)           // errata T12
      .set(Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD, true)         // §7.1
      .set(Switch.BYPASS_WAITING_X, true)                              // §7.2, 8.0.27+
      .queueOrder(QueueOrder.GRANTED_FIRST)                            // §7.3
      .grantPolicy(GrantPolicy.CATS)                                   // §7.4
      .deadlockSearch(DeadlockSearch.ONE_EDGE)                         // §7.5
      .victimOrder(VictimOrder.MOST_RECENT_WAITER_ON_TIE)              // §7.6
      .set(Switch.RANGE_END_GAP_OPTIMISATION, true)                    // §7.8
      .set(Switch.PRIMARY_DUPLICATE_RECORD_ONLY, true)                 // §7.9
      .set(Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL, true)   // §7.10
      .set(Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT, true)            // §7.11
      .rcInheritance(RcInheritance.SKIP_UNLESS_STATEMENT_DURATION)     // §7.12
      .set(Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT, true)               // §7.13
      .set(Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK, false)              // §7.14
      .autoIncLockMode(2)                                              // §7.16
      .set(Switch.NOWAIT_SUPPORTED, true)                              // §7.17
      .nowaitError(MySqlError.ER_LOCK_NOWAIT)                          // §7.17
      .set(Switch.FOR_SHARE_SYNTAX, true)                              // §7.17
      .set(Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY, false)               // §7.17
      .set(Switch.ICP_ENDS_BACKWARD_SCANS, true)                       // rules14-select-desc-limit-*
      .deadlockSearchLimits(Optional.empty())                          // §5.3
      .set(Switch.RC_UNLOCKS_SECONDARY_SCANS, true)                    // golden seed001c
      .set(Switch.RC_SKIPS_COMMITTED_DELETE_MARKED, false)             // §7.23
      .set(Switch.FK_CHECKS_IN_SQL_LAYER, false)                       // innodb_native_foreign_keys
      .set(Switch.TX_ISOLATION_VARIABLE, false)                        // sql14-user-variables-rr
      .set(Switch.TRANSACTION_ISOLATION_VARIABLE, true)                // sql14-user-variables-rr
      .set(Switch.SUBQUERY_MATERIALIZED_FIRST, true)                  // sql14 subquery cases
      .set(Switch.ROR_INTERSECT_BY_ROWS, false)                        // explain-golden.tsv
      .set(Switch.CLUSTERED_POINTS_FULL_SCAN, true)                   // point-in-list-pk-covering-rr
      .deadlockReportLayout(DeadlockReportLayout.MYSQL_8_0)            // §6.1
      .lockView(LockView.DATA_LOCKS)                                   // §6.3
      .victimRule(new VictimRule(                                      // §5.4, lock_wait_choose_victim
          "MySQL 8.0 rolls back the transaction with the smallest weight",
          "on a tie, the one that started waiting most recently (else the nearest before it in wait-for order)"))
      .rangeLookupCost(5.5)                                // assumed as 9.7 (same cost model; not recorded)
      .build();

  /** MySQL 5.7.26+ (5.7.37 source) as the spec describes it. */
  public static final ServerProfile MYSQL_5_7 = new Builder("mysql-5.7")
      .set(Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY, false)           // errata T12
      .set(Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD, false)        // §7.1
      .set(Switch.BYPASS_WAITING_X, false)                             // §7.2
      .queueOrder(QueueOrder.CREATION)                                 // §7.3
      .grantPolicy(GrantPolicy.FIFO)                                   // §7.4
      .deadlockSearch(DeadlockSearch.ALL_LOCKS_AHEAD)                  // §7.5
      .victimOrder(VictimOrder.REQUESTER_ON_TIE)                       // §7.6
      .set(Switch.RANGE_END_GAP_OPTIMISATION, false)                   // §7.8
      .set(Switch.PRIMARY_DUPLICATE_RECORD_ONLY, true)                 // §7.9, 5.7.26+
      .set(Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL, false)  // §7.10
      .set(Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT, true)            // §7.11, 5.7.26+
      .rcInheritance(RcInheritance.SKIP_X)                             // §7.12
      .set(Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT, true)               // §7.13
      .set(Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK, true)               // §7.14
      .autoIncLockMode(1)                                              // §7.16
      .set(Switch.NOWAIT_SUPPORTED, false)                             // §7.17
      .nowaitError(MySqlError.ER_PARSE_ERROR)                          // §7.17
      .set(Switch.FOR_SHARE_SYNTAX, false)                             // §7.17
      .set(Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY, false)               // §7.17
      .set(Switch.ICP_ENDS_BACKWARD_SCANS, true)                       // rules14-select-desc-limit-*
      .deadlockSearchLimits(Optional.of(new SearchLimits(200, 1_000_000)))  // §5.3
      .set(Switch.RC_UNLOCKS_SECONDARY_SCANS, true)                    // golden seed001c
      .set(Switch.RC_SKIPS_COMMITTED_DELETE_MARKED, false)             // §7.23
      .set(Switch.FK_CHECKS_IN_SQL_LAYER, false)                       // innodb_native_foreign_keys
      .set(Switch.TX_ISOLATION_VARIABLE, true)                        // sql14-user-variables-rr
      .set(Switch.TRANSACTION_ISOLATION_VARIABLE, true)                // sql14-user-variables-rr
      .set(Switch.SUBQUERY_MATERIALIZED_FIRST, false)                  // sql14 subquery cases
      .set(Switch.ROR_INTERSECT_BY_ROWS, false)                        // explain-golden.tsv
      .set(Switch.CLUSTERED_POINTS_FULL_SCAN, true)                   // point-in-list-pk-covering-rr
      .deadlockReportLayout(DeadlockReportLayout.MYSQL_5_7)            // §6.1
      .lockView(LockView.INNODB_LOCKS)                                 // §6.4
      .victimRule(new VictimRule(                                      // §5.3, DeadlockChecker::select_victim
          "MySQL 5.7 compares the requester with the transaction whose wait led back to it and rolls back the lighter",
          "on a tie, the requester"))
      .rangeLookupCost(5.5)                                // assumed as 9.7 (not recorded)
      .build();

  /** Builds a profile one labelled switch at a time; every switch must be set exactly once. */
  public static final class Builder {
    private final String name;
    private final EnumSet<Switch> set = EnumSet.noneOf(Switch.class);
    private final EnumSet<Switch> on = EnumSet.noneOf(Switch.class);
    private QueueOrder queueOrder;
    private GrantPolicy grantPolicy;
    private DeadlockSearch deadlockSearch;
    private VictimOrder victimOrder;
    private RcInheritance rcInheritance;
    private int autoIncLockMode;
    private MySqlError nowaitErrorCode;
    private Optional<SearchLimits> deadlockSearchLimits;
    private DeadlockReportLayout deadlockReportLayout;
    private LockView lockView;
    private VictimRule victimRule;
    private double rangeLookupCost;

    public Builder(String name) {
      this.name = name;
    }

    private Builder mark(Switch s) {
      if (!set.add(s)) throw new IllegalStateException(name + ": " + s + " set twice");
      return this;
    }

    /** Sets a yes/no switch. */
    public Builder set(Switch s, boolean value) {
      if (!FLAGS.contains(s)) throw new IllegalArgumentException(s + " is not a yes/no switch");
      if (value) on.add(s);
      return mark(s);
    }

    public Builder rangeLookupCost(double v) { rangeLookupCost = v; return mark(Switch.RANGE_LOOKUP_COST); }

    public Builder queueOrder(QueueOrder v) { queueOrder = v; return mark(Switch.QUEUE_ORDER); }

    public Builder grantPolicy(GrantPolicy v) { grantPolicy = v; return mark(Switch.GRANT_POLICY); }

    public Builder deadlockSearch(DeadlockSearch v) { deadlockSearch = v; return mark(Switch.DEADLOCK_SEARCH); }

    public Builder victimOrder(VictimOrder v) { victimOrder = v; return mark(Switch.VICTIM_ORDER); }

    public Builder rcInheritance(RcInheritance v) { rcInheritance = v; return mark(Switch.RC_INHERITANCE); }

    public Builder autoIncLockMode(int v) { autoIncLockMode = v; return mark(Switch.AUTO_INC_LOCK_MODE); }

    public Builder nowaitError(MySqlError v) { nowaitErrorCode = v; return mark(Switch.NOWAIT_ERROR); }

    public Builder deadlockSearchLimits(Optional<SearchLimits> v) {
      deadlockSearchLimits = v;
      return mark(Switch.DEADLOCK_SEARCH_LIMITS);
    }

    public Builder deadlockReportLayout(DeadlockReportLayout v) {
      deadlockReportLayout = v;
      return mark(Switch.DEADLOCK_REPORT_LAYOUT);
    }

    public Builder lockView(LockView v) { lockView = v; return mark(Switch.LOCK_VIEW); }

    public Builder victimRule(VictimRule v) { victimRule = v; return mark(Switch.VICTIM_RULE); }

    /** The profile; fails when a switch was left unset. */
    public ServerProfile build() {
      EnumSet<Switch> missing = EnumSet.complementOf(set);
      if (!missing.isEmpty()) throw new IllegalStateException(name + ": switches not set: " + missing);
      return new ServerProfile(this);
    }
  }

  /** The value of a yes/no switch. */
  public boolean is(Switch s) {
    if (!FLAGS.contains(s)) throw new IllegalArgumentException(s + " is not a yes/no switch");
    return on.contains(s);
  }

  /** Profile name as written in {@code -- @server:}. */
  public String name() { return name; }

  public boolean uniqueSecondaryEqualityNextKey() { return is(Switch.UNIQUE_SECONDARY_EQUALITY_NEXT_KEY); }

  public boolean nextKeyBecomesGapWhenRecordHeld() { return is(Switch.NEXT_KEY_BECOMES_GAP_WHEN_RECORD_HELD); }

  public boolean bypassWaitingX() { return is(Switch.BYPASS_WAITING_X); }

  public QueueOrder queueOrder() { return queueOrder; }

  public GrantPolicy grantPolicy() { return grantPolicy; }

  public DeadlockSearch deadlockSearch() { return deadlockSearch; }

  /** See {@link Switch#RANGE_LOOKUP_COST}. */
  public double rangeLookupCost() { return rangeLookupCost; }

  public VictimOrder victimOrder() { return victimOrder; }

  public boolean rangeEndGapOptimisation() { return is(Switch.RANGE_END_GAP_OPTIMISATION); }

  public boolean primaryDuplicateRecordOnly() { return is(Switch.PRIMARY_DUPLICATE_RECORD_ONLY); }

  public boolean uniqueSecondaryDuplicateGapOnNonEqual() { return is(Switch.UNIQUE_SECONDARY_DUPLICATE_GAP_ON_NON_EQUAL); }

  public boolean partialRollbackConvertsImplicit() { return is(Switch.PARTIAL_ROLLBACK_CONVERTS_IMPLICIT); }

  public RcInheritance rcInheritance() { return rcInheritance; }

  public boolean ownImplicitLockMadeExplicit() { return is(Switch.OWN_IMPLICIT_LOCK_MADE_EXPLICIT); }

  public int autoIncLockMode() { return autoIncLockMode; }

  public boolean nowaitSupported() { return is(Switch.NOWAIT_SUPPORTED); }

  public MySqlError nowaitErrorCode() { return nowaitErrorCode; }

  public boolean forShareSyntax() { return is(Switch.FOR_SHARE_SYNTAX); }

  /** Whether index condition pushdown ends a backward secondary scan before the clustered lock. */
  public boolean icpEndsBackwardScans() { return is(Switch.ICP_ENDS_BACKWARD_SCANS); }

  /** Whether {@code LOCK IN SHARE MODE NOWAIT} (or {@code SKIP LOCKED}) parses. */
  public boolean lockInShareModeWaitPolicy() { return is(Switch.LOCK_IN_SHARE_MODE_WAIT_POLICY); }

  public Optional<SearchLimits> deadlockSearchLimits() { return deadlockSearchLimits; }

  public boolean rcUnlocksSecondaryScans() { return is(Switch.RC_UNLOCKS_SECONDARY_SCANS); }

  public boolean rcSkipsCommittedDeleteMarked() { return is(Switch.RC_SKIPS_COMMITTED_DELETE_MARKED); }

  public boolean semiConsistentChecksDeadlock() { return is(Switch.SEMI_CONSISTENT_CHECKS_DEADLOCK); }

  public boolean fkChecksInSqlLayer() { return is(Switch.FK_CHECKS_IN_SQL_LAYER); }

  /** Whether index condition pushdown is used on a backward secondary scan (MySQL; MariaDB 10.11 does not). */

  /** Whether index merge intersection orders its scans by matching records alone (MySQL). */
  public boolean rorIntersectByRows() { return is(Switch.ROR_INTERSECT_BY_ROWS); }

  /** Whether several clustered-key points read from the key alone are a full clustered index scan (MariaDB). */
  public boolean clusteredPointsFullScan() { return is(Switch.CLUSTERED_POINTS_FULL_SCAN); }

  /** Whether a top-level IN (SELECT ...) / EXISTS reads the subquery first and looks up the outer rows by its values. */
  public boolean subqueryMaterializedFirst() { return is(Switch.SUBQUERY_MATERIALIZED_FIRST); }

  /** Whether the server knows the session variable {@code tx_isolation} / {@code transaction_isolation}. */
  public boolean knowsIsolationVariable(String name) {
    if (name.equals("tx_isolation")) return is(Switch.TX_ISOLATION_VARIABLE);
    if (name.equals("transaction_isolation")) return is(Switch.TRANSACTION_ISOLATION_VARIABLE);
    return true;
  }

  public DeadlockReportLayout deadlockReportLayout() { return deadlockReportLayout; }

  public LockView lockView() { return lockView; }

  public VictimRule victimRule() { return victimRule; }

  /** Every profile this build knows, in the order the CLI lists them. */
  public static List<ServerProfile> all() {
    return List.of(MYSQL_9_7, MYSQL_8_0, MYSQL_5_7, MARIADB_10_11);
  }

  /** The profile with this name, if known. */
  public static Optional<ServerProfile> byName(String name) {
    return all().stream().filter(p -> p.name.equalsIgnoreCase(name.trim())).findFirst();
  }

  /** The profile used when a scenario names none: the newest MySQL validated against a real server (9.7). */
  public static ServerProfile defaultProfile() {
    return MYSQL_9_7;
  }

  @Override public String toString() { return name; }

  @Override public boolean equals(Object o) { return o instanceof ServerProfile p && p.name.equals(name); }

  @Override public int hashCode() { return name.hashCode(); }
}
