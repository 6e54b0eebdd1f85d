package dev.innosim.index;

/**
 * The transaction that last inserted a record or changed its delete mark, as the record's
 * {@code DB_TRX_ID} names it: while it is active it holds an implicit lock on the record.
 */
public interface RecordModifier {
  /** True until the transaction commits or rolls back. */
  boolean isActive();

  /** The transaction id InnoDB prints ({@code DB_TRX_ID}). */
  long trxId();
}
