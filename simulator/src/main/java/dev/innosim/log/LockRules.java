package dev.innosim.log;

import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which kinds of statement take a lock of a given shape on a given kind of index under an
 * isolation level: the locking spec's sections 3 and 4 as one literal table; stateless.
 *
 * <p>Example: {@code X,GAP} on a non-unique secondary index under REPEATABLE READ is taken by a
 * locking read, UPDATE or DELETE whose search ended at that record without a match, or inherited.
 */
public final class LockRules {
  private LockRules() {}

  /** The shape of a lock: its mode flags and whether it is on the supremum or a table. */
  public enum Shape { NEXT_KEY, GAP, REC_NOT_GAP, INSERT_INTENTION, SUPREMUM, TABLE_INTENTION, TABLE_AUTO_INC, TABLE_FULL }

  /** The kind of index the lock is on. */
  public enum IndexKind { CLUSTERED, UNIQUE, NON_UNIQUE, TABLE }

  /** The two families of isolation levels the rules tell apart. */
  public enum Iso { RR, RC }

  /** Which profiles a rule holds for. */
  public enum Only { ANY, UNIQUE_EQUALITY_NEXT_KEY, UNIQUE_EQUALITY_RECORD_ONLY }

  /** One row of the table: locks of this shape and strength on these indexes at these levels come from these statements, when ... */
  public record Rule(Shape shape, boolean exclusive, Set<IndexKind> on, Set<Iso> iso, Only only, List<StatementKind> kinds, String when) {
    public Rule {
      on = Set.copyOf(on);
      iso = Set.copyOf(iso);
      kinds = List.copyOf(kinds);
    }
  }

  private static final Set<IndexKind> ANY_INDEX = EnumSet.of(IndexKind.CLUSTERED, IndexKind.UNIQUE, IndexKind.NON_UNIQUE);
  private static final Set<IndexKind> SECONDARY = EnumSet.of(IndexKind.UNIQUE, IndexKind.NON_UNIQUE);
  private static final Set<IndexKind> CLUSTERED = EnumSet.of(IndexKind.CLUSTERED);
  private static final Set<IndexKind> UNIQUE = EnumSet.of(IndexKind.UNIQUE);
  private static final Set<IndexKind> NON_UNIQUE = EnumSet.of(IndexKind.NON_UNIQUE);
  private static final Set<IndexKind> UNIQUE_OR_CLUSTERED = EnumSet.of(IndexKind.CLUSTERED, IndexKind.UNIQUE);
  private static final Set<IndexKind> TABLE = EnumSet.of(IndexKind.TABLE);
  private static final Set<Iso> RR = EnumSet.of(Iso.RR);
  private static final Set<Iso> RC = EnumSet.of(Iso.RC);
  private static final Set<Iso> BOTH = EnumSet.of(Iso.RR, Iso.RC);
  private static final boolean X = true;
  private static final boolean S = false;

  private static Rule r(Shape shape, boolean x, Set<IndexKind> on, Set<Iso> iso, Only only, List<StatementKind> kinds, String when) {
    return new Rule(shape, x, on, iso, only, kinds, when);
  }

  private static final List<StatementKind> LOCKING_X = List.of(StatementKind.SELECT_FOR_UPDATE, StatementKind.UPDATE, StatementKind.DELETE);
  private static final List<StatementKind> LOCKING_S = List.of(StatementKind.SELECT_FOR_SHARE, StatementKind.SERIALIZABLE_SELECT, StatementKind.INSERT_SELECT);

  /** The table. Spec sections: 3.1 scans, 3.4-3.5 UPDATE / DELETE, 3.6 INSERT, 3.7 upserts, 3.10 inheritance, 4 foreign keys, 2 implicit locks. */
  public static final List<Rule> RULES = List.of(
      // shape                   mode on                   iso   profile                        statements                       when
      r(Shape.NEXT_KEY,          X, NON_UNIQUE,            RR,   Only.ANY,                      LOCKING_X,                       "its search (equality or range) on this index scanned the record"),
      r(Shape.NEXT_KEY,          X, UNIQUE,                RR,   Only.ANY,                      LOCKING_X,                       "a range search on this index scanned the record"),
      r(Shape.NEXT_KEY,          X, UNIQUE,                RR,   Only.UNIQUE_EQUALITY_NEXT_KEY, LOCKING_X,                       "an equality search on this unique index found the record (MariaDB locks it next-key)"),
      r(Shape.NEXT_KEY,          X, CLUSTERED,             RR,   Only.ANY,                      LOCKING_X,                       "a range or full scan of the clustered index scanned the record"),
      r(Shape.NEXT_KEY,          X, SECONDARY,             RR,   Only.ANY,                      List.of(StatementKind.UPSERT),   "its duplicate check found this key taken in a unique index"),
      r(Shape.NEXT_KEY,          S, ANY_INDEX,             RR,   Only.ANY,                      LOCKING_S,                       "its search on this index scanned the record"),
      r(Shape.NEXT_KEY,          S, UNIQUE,                BOTH, Only.ANY,                      List.of(StatementKind.INSERT_DUPLICATE), "its duplicate check found this key taken in the unique index"),
      r(Shape.NEXT_KEY,          S, SECONDARY,             RR,   Only.ANY,                      List.of(StatementKind.FOREIGN_KEY_CHECK), "a child's foreign key index was scanned for rows of a parent being deleted or updated"),
      r(Shape.REC_NOT_GAP,       X, CLUSTERED,             BOTH, Only.ANY,                      LOCKING_X,                       "an equality search on the primary key found it, or a search through a secondary index reached its row"),
      r(Shape.REC_NOT_GAP,       X, UNIQUE,                RR,   Only.UNIQUE_EQUALITY_RECORD_ONLY, LOCKING_X,                    "an equality search on this unique index found the record"),
      r(Shape.REC_NOT_GAP,       X, ANY_INDEX,             RC,   Only.ANY,                      LOCKING_X,                       "its search on this index scanned the record (READ COMMITTED locks records only)"),
      r(Shape.REC_NOT_GAP,       X, CLUSTERED,             BOTH, Only.ANY,                      List.of(StatementKind.UPSERT),   "its duplicate check found this primary key taken"),
      r(Shape.REC_NOT_GAP,       X, ANY_INDEX,             BOTH, Only.ANY,                      List.of(StatementKind.IMPLICIT), "the transaction inserted or changed this entry; it held the lock implicitly until another transaction's request made it explicit"),
      r(Shape.REC_NOT_GAP,       S, CLUSTERED,             BOTH, Only.ANY,                      List.of(StatementKind.INSERT_DUPLICATE), "its duplicate check found this primary key taken"),
      r(Shape.REC_NOT_GAP,       S, UNIQUE_OR_CLUSTERED,   BOTH, Only.ANY,                      List.of(StatementKind.SELECT_FOR_SHARE, StatementKind.FOREIGN_KEY_CHECK), "an equality search found the record (a child's foreign key check reads its parent this way)"),
      r(Shape.REC_NOT_GAP,       S, ANY_INDEX,             RC,   Only.ANY,                      LOCKING_S,                       "its search on this index scanned the record (READ COMMITTED locks records only)"),
      r(Shape.GAP,               X, ANY_INDEX,             RR,   Only.ANY,                      LOCKING_X,                       "its equality or range search ended at this record without a match: the gap before it had no matching row"),
      r(Shape.GAP,               S, ANY_INDEX,             RR,   Only.ANY,                      List.of(StatementKind.SELECT_FOR_SHARE, StatementKind.FOREIGN_KEY_CHECK, StatementKind.INSERT_SELECT), "its search ended at this record without a match (a child's foreign key check for a missing parent too)"),
      r(Shape.GAP,               X, ANY_INDEX,             BOTH, Only.ANY,                      List.of(StatementKind.INHERITED), "the lock was inherited: the record after a locked one was purged, or an insert split a locked gap"),
      r(Shape.GAP,               S, ANY_INDEX,             BOTH, Only.ANY,                      List.of(StatementKind.INHERITED), "the lock was inherited: the record after a locked one was purged, or an insert split a locked gap"),
      r(Shape.GAP,               X, UNIQUE,                BOTH, Only.ANY,                      List.of(StatementKind.UPSERT),   "its duplicate check on this unique index went past the equal keys to this one (MySQL 8.0)"),
      r(Shape.GAP,               S, UNIQUE,                BOTH, Only.ANY,                      List.of(StatementKind.INSERT_DUPLICATE), "its duplicate check on this unique index went past the equal keys to this one (MySQL 8.0)"),
      r(Shape.INSERT_INTENTION,  X, ANY_INDEX,             BOTH, Only.ANY,                      List.of(StatementKind.INSERT, StatementKind.UPSERT, StatementKind.UPDATE), "it inserts an entry into the gap before this record (an UPDATE of a key column inserts the new entry); it waits when another transaction holds a gap or next-key lock there"),
      r(Shape.SUPREMUM,          X, ANY_INDEX,             RR,   Only.ANY,                      LOCKING_X,                       "its search reached the end of the index (a range open to the right, or a missing key above the last one)"),
      r(Shape.SUPREMUM,          S, ANY_INDEX,             RR,   Only.ANY,                      LOCKING_S,                       "its search reached the end of the index"),
      r(Shape.TABLE_INTENTION,   X, TABLE,                 BOTH, Only.ANY,                      List.of(StatementKind.SELECT_FOR_UPDATE, StatementKind.UPDATE, StatementKind.DELETE, StatementKind.INSERT, StatementKind.UPSERT), "every row-locking write or FOR UPDATE takes IX on the table first"),
      r(Shape.TABLE_INTENTION,   S, TABLE,                 BOTH, Only.ANY,                      List.of(StatementKind.SELECT_FOR_SHARE, StatementKind.INSERT_SELECT, StatementKind.FOREIGN_KEY_CHECK), "every shared row-locking read takes IS on the table first"),
      r(Shape.TABLE_AUTO_INC,    X, TABLE,                 BOTH, Only.ANY,                      List.of(StatementKind.INSERT, StatementKind.INSERT_SELECT, StatementKind.UPSERT), "it generates AUTO_INCREMENT values (held to the end of the statement; for every insert at innodb_autoinc_lock_mode 0, for bulk inserts at 1)"),
      r(Shape.TABLE_FULL,        X, TABLE,                 BOTH, Only.ANY,                      List.of(StatementKind.LOCK_TABLES), "LOCK TABLES ... WRITE or DDL"),
      r(Shape.TABLE_FULL,        S, TABLE,                 BOTH, Only.ANY,                      List.of(StatementKind.LOCK_TABLES), "LOCK TABLES ... READ"));

  /** The rules that match a lock of this shape under the profile; both isolation families when the level is unknown. */
  public static List<Rule> matching(Shape shape, boolean exclusive, IndexKind on, Set<Iso> iso, ServerProfile profile) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : RULES) {
      if (r.shape() != shape || r.exclusive() != exclusive || !r.on().contains(on)) continue;
      if (r.iso().stream().noneMatch(iso::contains)) continue;
      if (r.only() == Only.UNIQUE_EQUALITY_NEXT_KEY && !profile.uniqueSecondaryEqualityNextKey()) continue;
      if (r.only() == Only.UNIQUE_EQUALITY_RECORD_ONLY && profile.uniqueSecondaryEqualityNextKey()) continue;
      out.add(r);
    }
    return out;
  }

  /** The shape of a record lock's mode on a record. */
  public static Shape shape(LockMode m, boolean supremum) {
    if (m.insertIntention()) return Shape.INSERT_INTENTION;
    if (supremum) return Shape.SUPREMUM;
    if (m.gap()) return Shape.GAP;
    if (m.recNotGap()) return Shape.REC_NOT_GAP;
    return Shape.NEXT_KEY;
  }

  /** The shape of a table lock mode as printed ({@code IX}, {@code IS}, {@code AUTO-INC}, {@code X}, {@code S}). */
  public static Shape tableShape(String mode) {
    if (mode.equals("IX") || mode.equals("IS")) return Shape.TABLE_INTENTION;
    if (mode.startsWith("AUTO")) return Shape.TABLE_AUTO_INC;
    return Shape.TABLE_FULL;
  }
}
