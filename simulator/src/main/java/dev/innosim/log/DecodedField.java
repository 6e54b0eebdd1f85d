package dev.innosim.log;

/**
 * One field of a locked record with its column and value; immutable.
 *
 * @param role     what the field is in the index record
 * @param value    the value for people ({@code 20}, {@code 'abc'}, {@code 12.50}, {@code NULL})
 * @param lockText the value in the lock-line grammar ({@code 0x8000000c32} for that DECIMAL)
 */
public record DecodedField(String column, Role role, String value, String lockText) {

  /** The part a field plays in an index record. */
  public enum Role {
    /** A key column of the index (of the clustered index, on a clustered record). */
    KEY,
    /** A primary key column InnoDB appends to a secondary index record. */
    PRIMARY_KEY,
    /** The hidden {@code DB_ROW_ID} of a table without a primary key. */
    ROW_ID,
    /** {@code DB_TRX_ID}: the last transaction that changed the clustered record; not part of the key. */
    TRX_ID,
    /** {@code DB_ROLL_PTR}: the undo record of that change; not part of the key. */
    ROLL_PTR,
    /** A non-key column stored in the clustered record. */
    COLUMN;

    /** Whether the field belongs to the key a lock line shows. */
    public boolean inKey() { return this == KEY || this == PRIMARY_KEY || this == ROW_ID; }
  }
}
