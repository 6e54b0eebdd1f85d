package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.lock.LockReason;

/**
 * Why a lock exists: the rule that produced it and where (session, step, statement, index,
 * record); immutable; formatted only when printed.
 */
final class Why implements LockReason {
  /** The rules that create locks, each with the sentence that explains it. */
  enum Rule {
    SCAN_NEXT_KEY("next-key lock on a record the scan visited (the record and the gap before it)"),
    SCAN_RC_RECORD("READ COMMITTED: only the record is locked, no gap"),
    SCAN_UNIQUE("unique search on the full key found the record: record lock only"),
    SCAN_UNIQUE_SECONDARY_NEXT_KEY("equality on a UNIQUE secondary index found the entry: MariaDB locks it next-key, gap included"),
    SCAN_GE_EXACT("the range starts at this existing key of the clustered index: the first record is locked record-only"),
    SCAN_GAP_NO_MATCH("equality scan stopped at the first entry that does not match: gap lock before it"),
    SCAN_SUPREMUM("the scan reached the end of the index: next-key lock on the supremum, i.e. the gap after the last record"),
    SCAN_PAST_RANGE("next-key lock on the first record past the range: InnoDB locks it before the server sees it is out of range"),
    SCAN_PAST_RANGE_GAP("MySQL 8.0: the first clustered record past the range is locked GAP only and ends the scan"),
    SCAN_DESCENDING_GAP("a descending scan first locks the gap above its start record, to prevent phantoms in ORDER BY ... DESC"),
    SCAN_CLUSTERED("row found through a secondary index: its clustered record is locked record-only"),
    SCAN_DELETE_MARKED("delete-marked record visited by the scan"),
    DUPLICATE_PRIMARY("duplicate-key check found an equal key on the clustered index"),
    DUPLICATE_SECONDARY("duplicate-key check on a unique secondary index: every visited entry is locked next-key"),
    INSERT_INTENTION("insert into the gap before this record: insert intention, waits for other transactions' gap locks"),
    MODIFY_CHECK("changing this record waits for another transaction's lock on it"),
    FK_PARENT_ROW("foreign key check: the parent row exists, shared record lock"),
    FK_PARENT_DELETED("foreign key check passed a delete-marked parent entry"),
    FK_NO_PARENT("foreign key check found no parent: shared gap lock where it would be"),
    FK_CHILD_ROW("a referenced row changes: each child entry found is locked shared"),
    FK_CHILD_GAP("a referenced row changes: shared gap lock after the last child entry"),
    FK_CASCADE("ON DELETE/UPDATE CASCADE or SET NULL changes the child row"),
    IMPLICIT("an uncommitted change holds this record implicitly; another transaction's request made the lock explicit"),
    TABLE_INTENTION("intention lock on the table, taken before any row lock"),
    AUTO_INC("AUTO-INC table lock, held until the end of the statement"),
    FK_TABLE("intention lock on the other table of a foreign key check");

    final String text;

    Rule(String text) { this.text = text; }
  }

  final Rule rule;
  private final Catalog catalog;
  final Exec exec;
  final Rec rec;
  final String by;
  /** The scan where the rule applied, e.g. {@code scan of idx_k for k = 20} (formatted when printed); may be null. */
  final Scan detail;

  Why(Rule rule, Catalog catalog, Exec exec, Rec rec, String by) {
    this(rule, catalog, exec, rec, by, null);
  }

  Why(Rule rule, Catalog catalog, Exec exec, Rec rec, String by, Scan detail) {
    this.rule = rule;
    this.catalog = catalog;
    this.exec = exec;
    this.rec = rec;
    this.by = by;
    this.detail = detail;
  }

  @Override
  public boolean fromDuplicateCheck() {
    return rule == Rule.DUPLICATE_PRIMARY || rule == Rule.DUPLICATE_SECONDARY;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (exec != null) {
      b.append(exec.session.name).append(" step ").append(exec.stepNo).append(" (")
          .append(exec.trx.isolation.name().replace('_', ' ')).append(", ").append(shorten(exec.stmt.text())).append("): ");
    }
    if (detail != null) b.append(detail).append(": ");
    b.append(rule.text);
    if (rec != null) {
      b.append(" [").append(rec.index().name()).append(' ').append(catalog.keyText(rec)).append(']');
    }
    if (by != null) b.append(", requested by ").append(by);
    return b.toString();
  }

  private static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
