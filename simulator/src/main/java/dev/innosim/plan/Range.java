package dev.innosim.plan;

import dev.innosim.schema.Value;
import java.util.Arrays;

/**
 * One interval of an index scan over the index's leading key fields; immutable.
 *
 * @param low            lower bound (a key prefix), or null for "from the first record"
 * @param lowInclusive   {@code >=} rather than {@code >}
 * @param high           upper bound (a key prefix), or null for "to the end"
 * @param highInclusive  {@code <=} rather than {@code <}
 * @param exact          an equality on a key prefix ({@code HA_READ_KEY_EXACT}): InnoDB itself
 *                       stops at the first record that does not match {@code low}
 * @param unique         a unique search: equality on every field of a unique index, no NULL
 */
public record Range(Value[] low, boolean lowInclusive, Value[] high, boolean highInclusive, boolean exact, boolean unique) {

  public static Range equality(Value[] key, boolean unique) {
    return new Range(key, true, key, true, true, unique);
  }

  public static Range all() {
    return new Range(null, true, null, true, false, false);
  }

  @Override
  public String toString() {
    if (exact) return "= " + Arrays.toString(low) + (unique ? " (unique)" : "");
    return (low == null ? "(-inf" : (lowInclusive ? "[" : "(") + Arrays.toString(low)) + ", "
        + (high == null ? "+inf)" : Arrays.toString(high) + (highInclusive ? "]" : ")"));
  }

  @Override public boolean equals(Object o) {
    return o instanceof Range r && Arrays.equals(low, r.low) && lowInclusive == r.lowInclusive
        && Arrays.equals(high, r.high) && highInclusive == r.highInclusive && exact == r.exact && unique == r.unique;
  }

  @Override public int hashCode() { return Arrays.hashCode(low) * 31 + Arrays.hashCode(high); }
}
