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
    public static Int of(long v) { return new Int(java.math.BigInteger.valueOf(v)); }
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
