package dev.innosim.schema;

/**
 * An immutable SQL value as InnoDB stores and compares it.
 *
 * <p>Comparison follows MySQL: integers and decimals compare numerically, strings under the
 * column's collation (see {@link Collation}), NULL sorts first in an index.
 */
public sealed interface Value extends Comparable<Value>
    permits Value.Null, Value.Int, Value.Dec, Value.Str, Value.DateTime {

  /** SQL NULL. */
  record Null() implements Value {
    public static final Null INSTANCE = new Null();
    @Override public String toString() { return "NULL"; }
  }

  /** A signed or unsigned integer; unsigned BIGINT values above Long.MAX_VALUE keep their bits. */
  record Int(java.math.BigInteger value) implements Value {
    public static Int of(long v) {
      if (v < SMALL_MIN || v >= SMALL_MAX) return new Int(java.math.BigInteger.valueOf(v));
      int i = (int) (v - SMALL_MIN);
      Int c = SMALL[i];
      if (c == null) {
        c = new Int(java.math.BigInteger.valueOf(v));
        SMALL[i] = c;  // a benign race: two equal values are interchangeable
      }
      return c;
    }

    /** Values of a small range are shared (rows repeat small keys, counts and flags); they are immutable. */
    private static final int SMALL_MIN = -1024;
    private static final int SMALL_MAX = 65536;
    private static final Int[] SMALL = new Int[SMALL_MAX - SMALL_MIN];
    @Override public String toString() { return value.toString(); }
  }

  /** An exact DECIMAL value. */
  record Dec(java.math.BigDecimal value) implements Value {
    @Override public String toString() { return value.toPlainString(); }
  }

  /** A character string; comparison uses {@link Collation#DEFAULT} unless a column says otherwise. */
  record Str(String value) implements Value {
    @Override public String toString() { return "'" + value + "'"; }
  }

  /** A DATETIME / DATE / TIMESTAMP value, second precision. */
  record DateTime(java.time.LocalDateTime value) implements Value {
    @Override public String toString() { return "'" + Values.formatDateTime(value) + "'"; }
  }

  default boolean isNull() { return this instanceof Null; }

  /** Index order: NULL first, then by {@link Values#compare}. */
  @Override default int compareTo(Value o) { return Values.compare(this, o, Collation.DEFAULT); }
}
