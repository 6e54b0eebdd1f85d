package dev.innosim.live;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * One decoded key field of a locked index record, formatted and ordered exactly as the oracle
 * ({@code run_scenario.py}: {@code fmt_value}, {@code value_sort_key}) does; immutable.
 */
record KeyValue(Kind kind, BigInteger number, String text, int bytes) {

  /** What the field held. */
  enum Kind { INT, NULL, STR, STR_TRUNC, ROWID, ROWID_RAW, HEX }

  static KeyValue integer(BigInteger v) { return new KeyValue(Kind.INT, v, "", 0); }

  static KeyValue nul() { return new KeyValue(Kind.NULL, BigInteger.ZERO, "", 0); }

  static KeyValue str(String s) { return new KeyValue(Kind.STR, BigInteger.ZERO, s, 0); }

  static KeyValue truncated(String s, int totalBytes) { return new KeyValue(Kind.STR_TRUNC, BigInteger.ZERO, s, totalBytes); }

  static KeyValue rowId(BigInteger v, boolean normalised) {
    return new KeyValue(normalised ? Kind.ROWID : Kind.ROWID_RAW, v, "", 0);
  }

  static KeyValue hex(String h) { return new KeyValue(Kind.HEX, BigInteger.ZERO, h == null ? "" : h, 0); }

  /** The field as a lock line writes it: {@code 20}, {@code 'abc'}, {@code NULL}, {@code #3}, {@code 0x..}. */
  String format() {
    switch (kind) {
      case INT: return number.toString();
      case NULL: return "NULL";
      case STR: return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
      case STR_TRUNC: return "'" + text.replace("'", "\\'") + "...'(" + bytes + " bytes)";
      case ROWID: return "#" + number;
      case ROWID_RAW: return "#raw" + number;
      default: return "0x" + text;
    }
  }

  /** The parenthesised key of a lock line: {@code (20, 3)}. */
  static String key(List<KeyValue> values) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(values.get(i).format());
    }
    return b.append(')').toString();
  }

  /** The oracle's sort key of one field: (rank, number, lower-cased text). */
  record SortKey(int rank, BigInteger number, String text) implements Comparable<SortKey> {
    static final SortKey SUPREMUM = new SortKey(9, BigInteger.ZERO, "");
    static final SortKey INFIMUM = new SortKey(-1, BigInteger.ZERO, "");
    static final SortKey UNKNOWN = new SortKey(8, BigInteger.ZERO, "");

    @Override public int compareTo(SortKey o) {
      int c = Integer.compare(rank, o.rank);
      if (c != 0) return c;
      c = number.compareTo(o.number);
      if (c != 0) return c;
      return text.compareTo(o.text);
    }
  }

  SortKey sortKey() {
    switch (kind) {
      case NULL: return new SortKey(0, BigInteger.ZERO, "");
      case INT: case ROWID: case ROWID_RAW: return new SortKey(1, number, "");
      case STR: case STR_TRUNC: return new SortKey(2, BigInteger.ZERO, text.toLowerCase(java.util.Locale.ROOT));
      default: return new SortKey(3, BigInteger.ZERO, text);
    }
  }

  /** Tuples compared as Python compares them: element by element, a prefix first. */
  static final Comparator<List<SortKey>> TUPLE = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  };
}
