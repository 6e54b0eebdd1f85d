package dev.innosim.sql;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The built-in functions innosim evaluates, with their argument counts and MySQL's NULL rules; stateless. */
public final class Functions {
  private Functions() {}

  /** Function name (upper-cased) to {fewest, most} arguments; -1 for any number. */
  static final Map<String, int[]> NAMES = Map.ofEntries(
      Map.entry("IFNULL", new int[] {2, 2}),
      Map.entry("COALESCE", new int[] {1, -1}),
      Map.entry("IF", new int[] {3, 3}),
      Map.entry("NULLIF", new int[] {2, 2}),
      Map.entry("CONCAT", new int[] {1, -1}),
      Map.entry("GREATEST", new int[] {2, -1}),
      Map.entry("LEAST", new int[] {2, -1}),
      Map.entry("ABS", new int[] {1, 1}),
      Map.entry("UPPER", new int[] {1, 1}),
      Map.entry("LOWER", new int[] {1, 1}),
      Map.entry("UTC_TIMESTAMP", new int[] {0, 0}),
      Map.entry("LAST_INSERT_ID", new int[] {1, 1}));

  /** The value of {@code name(args)}; the arguments are already evaluated. */
  static Value apply(String name, List<Value> args) {
    switch (name) {
      case "IFNULL":
        return args.get(0).isNull() ? args.get(1) : args.get(0);
      case "COALESCE":
        for (Value v : args) if (!v.isNull()) return v;
        return Value.Null.INSTANCE;
      case "IF":
        return Boolean.TRUE.equals(Values.truth(args.get(0))) ? args.get(1) : args.get(2);
      case "NULLIF":
        if (args.get(0).isNull() || args.get(1).isNull()) return args.get(0);
        return Values.sqlCompare(args.get(0), args.get(1), Collation.DEFAULT) == 0 ? Value.Null.INSTANCE : args.get(0);
      case "CONCAT": {
        StringBuilder b = new StringBuilder();
        for (Value v : args) {
          if (v.isNull()) return Value.Null.INSTANCE;
          b.append(text(v));
        }
        return new Value.Str(b.toString());
      }
      case "GREATEST":
      case "LEAST": {
        Value best = null;
        for (Value v : args) {
          if (v.isNull()) return Value.Null.INSTANCE;
          int c = best == null ? 0 : Values.sqlCompare(v, best, Collation.DEFAULT);
          if (best == null || (name.equals("GREATEST") ? c > 0 : c < 0)) best = v;
        }
        return best;
      }
      case "ABS": {
        Value v = args.get(0);
        if (v.isNull()) return v;
        if (v instanceof Value.Int i) return new Value.Int(i.value().abs());
        return new Value.Dec(Values.toNumber(v).abs());
      }
      case "UPPER":
      case "LOWER": {
        Value v = args.get(0);
        if (v.isNull()) return v;
        String s = text(v);
        return new Value.Str(name.equals("UPPER") ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
      }
      case "UTC_TIMESTAMP":
        return Values.NOW;
      case "LAST_INSERT_ID":
        return args.get(0);
      default:
        throw new IllegalStateException("unknown function " + name);
    }
  }

  /** A value as CONCAT reads it. */
  private static String text(Value v) {
    if (v instanceof Value.Str s) return s.value();
    if (v instanceof Value.Int i) return i.value().toString();
    if (v instanceof Value.Dec d) return d.value().toPlainString();
    if (v instanceof Value.DateTime t) return Values.formatDateTime(t.value());
    return Values.toNumber(v).toPlainString();
  }

  /** {@code a % b} / MOD: the remainder with the sign of {@code a}; NULL when {@code b} is 0. */
  static Value mod(Value a, Value b) {
    BigDecimal x = Values.toNumber(a);
    BigDecimal y = Values.toNumber(b);
    if (y.signum() == 0) return Value.Null.INSTANCE;
    BigDecimal r = x.remainder(y);
    return a instanceof Value.Int && b instanceof Value.Int ? new Value.Int(r.toBigIntegerExact()) : new Value.Dec(r);
  }

  /** {@code a DIV b}: the quotient truncated towards zero, an integer; NULL when {@code b} is 0. */
  static Value intDiv(Value a, Value b) {
    BigDecimal x = Values.toNumber(a);
    BigDecimal y = Values.toNumber(b);
    if (y.signum() == 0) return Value.Null.INSTANCE;
    return new Value.Int(x.divideToIntegralValue(y).toBigInteger());
  }
}
