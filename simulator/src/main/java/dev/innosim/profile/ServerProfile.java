package dev.innosim.profile;

import java.util.List;
import java.util.Optional;

/**
 * The switches of one server version that the locking rules consult; immutable.
 *
 * <p>Version differences are data: the rules never test a version string, they read a switch.
 * Each switch names the section of the locking spec (or the errata) it comes from.
 *
 * @param name                       profile name as written in {@code -- @server:}
 * @param uniqueSecondaryEqualityNextKey  an equality hit on a UNIQUE secondary index takes a
 *                                   next-key lock (MariaDB 10.11, errata T12) instead of REC_NOT_GAP
 * @param nextKeyBecomesGapWhenRecordHeld a next-key request by a holder of a record lock of equal
 *                                   or stronger mode becomes a GAP request (8.0 split, MariaDB MDEV-10962)
 * @param bypassWaitingX             an S holder may bypass a waiting X (spec 1.3 step 8)
 * @param rangeEndGapOptimisation    8.0 locks the first clustered record past a range with GAP
 * @param primaryDuplicateRecordOnly PRIMARY duplicate check takes REC_NOT_GAP (else next-key)
 * @param uniqueSecondaryDuplicateGapOnNonEqual 8.0 locks the first non-equal entry of a unique
 *                                   secondary duplicate scan with GAP (else next-key)
 * @param partialRollbackConvertsImplicit a statement rollback converts implicit locks of removed
 *                                   records to explicit ones first (so they are inherited as gaps)
 * @param ownImplicitLockMadeExplicit a read of one's own implicitly locked record creates an
 *                                   explicit lock (MySQL) instead of returning at once (MariaDB)
 * @param autoIncLockMode            innodb_autoinc_lock_mode default (0, 1 or 2)
 * @param nowaitSupported            NOWAIT / SKIP LOCKED exist
 * @param nowaitErrorCode            error code of a failed NOWAIT request
 * @param forShareSyntax             {@code FOR SHARE} is accepted
 * @param deadlockSearchLimits       5.7's depth / step limits of the deadlock search, if any
 * @param rcUnlocksSecondaryScans    READ COMMITTED releases non-matching rows of a secondary-index
 *                                   scan too (MySQL); MariaDB's {@code row_unlock_for_mysql} only
 *                                   handles clustered-index scans (golden seed001c)
 */
public record ServerProfile(
    String name,
    boolean uniqueSecondaryEqualityNextKey,
    boolean nextKeyBecomesGapWhenRecordHeld,
    boolean bypassWaitingX,
    boolean rangeEndGapOptimisation,
    boolean primaryDuplicateRecordOnly,
    boolean uniqueSecondaryDuplicateGapOnNonEqual,
    boolean partialRollbackConvertsImplicit,
    boolean ownImplicitLockMadeExplicit,
    int autoIncLockMode,
    boolean nowaitSupported,
    int nowaitErrorCode,
    boolean forShareSyntax,
    Optional<int[]> deadlockSearchLimits,
    boolean rcUnlocksSecondaryScans) {

  /** MariaDB 10.11.19 as recorded by the oracle (see the errata for where it departs from the spec). */
  public static final ServerProfile MARIADB_10_11 = new ServerProfile(
      "mariadb-10.11", true, true, false, false, true, false, false, false, 1, true, 1205, false,
      Optional.empty(), false);

  /** Every profile this build knows, in the order the CLI lists them. */
  public static List<ServerProfile> all() {
    return List.of(MARIADB_10_11);
  }

  /** The profile with this name, if known. */
  public static Optional<ServerProfile> byName(String name) {
    return all().stream().filter(p -> p.name.equalsIgnoreCase(name.trim())).findFirst();
  }

  /** The profile used when a scenario names none. */
  public static ServerProfile defaultProfile() {
    return MARIADB_10_11;
  }
}
