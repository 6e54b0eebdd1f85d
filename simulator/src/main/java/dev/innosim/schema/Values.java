package dev.innosim.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL's rules for values: index order, SQL comparison, conversions and lock-line text. Stateless. */
public final class Values {
  private Values() {}

  /** The simulator's fixed NOW() / CURRENT_TIMESTAMP: 2000-01-01 00:00:00. */
  public static final Value.DateTime NOW = new Value.DateTime(LocalDateTime.of(2000, 1, 1, 0, 0, 0));

  /** Bytes of a field InnoDB prints in full in a lock report; longer fields are cut. */
  public static final int PRINTED_FIELD_BYTES = 30;

  // ---------------------------------------------------------------- order and comparison

  /**
   * Index order: NULL lowest; numbers numerically (Int and Dec mixed); strings under
   * {@code collation}; datetimes chronologically. Mixed kinds follow {@link #sqlCompare}
   * (a string against a number compares as numbers), and never return "unknown".
   */
  public static int compare(Value a, Value b, Collation collation) {
    if (a.isNull() || b.isNull()) return Boolean.compare(!a.isNull(), !b.isNull());
    return sqlCompare(a, b, collation);
  }

  /** True when two non-NULL key values are equal under the collation (duplicate-key check); NULLs are never equal. */
  public static boolean equalForKey(Value a, Value b, Collation collation) {
    if (a.isNull() || b.isNull()) return false;
    return sqlCompare(a, b, collation) == 0;
  }

  /**
   * The sign of {@code a <=> b} under MySQL's comparison rules, for two non-NULL values:
   * <ul>
   *   <li>string vs string: the collation ({@code 'abc' = 'ABC  '} under the default);
   *   <li>integer/decimal vs integer/decimal: exactly;
   *   <li>string vs number: both as DOUBLE ({@code '20' = 20}, {@code 'abc' = 0}, {@code '5x' = 5});
   *   <li>datetime vs string: the string parsed as a datetime (if it parses; else as strings);
   *   <li>datetime vs number: the datetime as the number YYYYMMDDhhmmss.
   * </ul>
   *
   * @throws IllegalArgumentException if either value is NULL (SQL comparison with NULL is unknown)
   */
  public static int sqlCompare(Value a, Value b, Collation collation) {
    if (a.isNull() || b.isNull()) throw new IllegalArgumentException("NULL has no order in SQL comparison");
    if (a instanceof Value.Str sa && b instanceof Value.Str sb) return collation.compare(sa.value(), sb.value());
    if (a instanceof Value.Int ia && b instanceof Value.Int ib) return ia.value().compareTo(ib.value());
    if (isExactNumber(a) && isExactNumber(b)) return exact(a).compareTo(exact(b));
    if (a instanceof Value.DateTime da && b instanceof Value.DateTime db) return da.value().compareTo(db.value());
    if (a instanceof Value.DateTime da && b instanceof Value.Str sb) return compareDateTimeWithString(da, sb, collation);
    if (a instanceof Value.Str sa && b instanceof Value.DateTime db) return -compareDateTimeWithString(db, sa, collation);
    if (a instanceof Value.DateTime da) return new BigDecimal(dateTimeAsNumber(da.value())).compareTo(exact(b));
    if (b instanceof Value.DateTime db) return exact(a).compareTo(new BigDecimal(dateTimeAsNumber(db.value())));
    // string vs number: both as DOUBLE
    return Double.compare(toDouble(a), toDouble(b));
  }

  private static int compareDateTimeWithString(Value.DateTime d, Value.Str s, Collation c) {
    Optional<LocalDateTime> parsed = parseDateTime(s.value());
    if (parsed.isPresent()) return d.value().compareTo(parsed.get());
    return c.compare(formatDateTime(d.value()), s.value());
  }

  private static boolean isExactNumber(Value v) {
    return v instanceof Value.Int || v instanceof Value.Dec;
  }

  private static BigDecimal exact(Value v) {
    if (v instanceof Value.Int i) return new BigDecimal(i.value());
    if (v instanceof Value.Dec d) return d.value();
    throw new IllegalArgumentException("not a number: " + v);
  }

  // ---------------------------------------------------------------- conversions

  /**
   * A value as a number the way MySQL reads it in arithmetic: strings by their longest numeric
   * prefix ({@code '12abc'} is 12, {@code 'abc'} is 0), datetimes as YYYYMMDDhhmmss; null for NULL.
   */
  public static BigDecimal toNumber(Value v) {
    if (v.isNull()) return null;
    if (v instanceof Value.Int || v instanceof Value.Dec) return exact(v);
    if (v instanceof Value.Str s) return parseNumberPrefix(s.value());
    if (v instanceof Value.DateTime d) return new BigDecimal(dateTimeAsNumber(d.value()));
    throw new IllegalArgumentException("unknown value " + v);
  }

  /** A value as DOUBLE (MySQL's type for comparing a string with a number). */
  public static double toDouble(Value v) {
    BigDecimal n = toNumber(v);
    return n == null ? Double.NaN : n.doubleValue();
  }

  /** SQL truth of a value: null (UNKNOWN) for NULL, else whether it is a non-zero number. */
  public static Boolean truth(Value v) {
    if (v.isNull()) return null;
    return toNumber(v).signum() != 0;
  }

  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^[ \\t\\n\\r]*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)");

  /** The longest numeric prefix of a string, ignoring leading whitespace; 0 when there is none. */
  public static BigDecimal parseNumberPrefix(String s) {
    Matcher m = NUMBER_PREFIX.matcher(s);
    if (!m.find()) return BigDecimal.ZERO;
    String n = m.group(1);
    if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  /** The number a string spells when it is entirely a number (surrounding spaces allowed), else null. */
  public static BigDecimal parseNumberStrict(String s) {
    String t = s.strip();
    Matcher m = NUMBER_PREFIX.matcher(t);
    if (!m.find() || m.end() != t.length()) return null;
    return parseNumberPrefix(t);
  }

  private static final Pattern DATETIME = Pattern.compile(
      "^(\\d{4})[-/.:](\\d{1,2})[-/.:](\\d{1,2})(?:[ T](\\d{1,2})[:.](\\d{1,2})[:.](\\d{1,2})(?:\\.(\\d{1,6}))?)?$");
  private static final Pattern DATETIME_DIGITS = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2}))?$");

  /**
   * Parses {@code 'YYYY-MM-DD[ hh:mm:ss[.ffffff]]'} (other punctuation allowed) or
   * {@code YYYYMMDD[hhmmss]}; fractional seconds are rounded as DATETIME(0) does. Empty when the
   * text is no valid datetime (zero dates included).
   */
  public static Optional<LocalDateTime> parseDateTime(String s) {
    String t = s.strip();
    Matcher m = DATETIME.matcher(t);
    if (!m.matches()) {
      m = DATETIME_DIGITS.matcher(t);
      if (!m.matches()) return Optional.empty();
    }
    try {
      int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int se = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime dt = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), h, mi, se);
      if (m.groupCount() >= 7 && m.group(7) != null && m.group(7).charAt(0) >= '5') dt = dt.plusSeconds(1);
      return Optional.of(dt);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code YYYY-MM-DD hh:mm:ss}. */
  public static String formatDateTime(LocalDateTime t) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getHour(), t.getMinute(), t.getSecond());
  }

  /** A datetime as MySQL's number YYYYMMDDhhmmss. */
  public static BigInteger dateTimeAsNumber(LocalDateTime t) {
    return BigInteger.valueOf(t.getYear() * 10000L + t.getMonthValue() * 100L + t.getDayOfMonth())
        .multiply(BigInteger.valueOf(1_000_000L))
        .add(BigInteger.valueOf(t.getHour() * 10000L + t.getMinute() * 100L + t.getSecond()));
  }

  // ---------------------------------------------------------------- index keys and lock text

  /** The first {@code chars} characters of a string (a prefix index's stored key); other values unchanged. */
  public static Value prefix(Value v, int chars) {
    if (chars <= 0 || !(v instanceof Value.Str s)) return v;
    String str = s.value();
    if (str.codePointCount(0, str.length()) <= chars) return v;
    return new Value.Str(str.substring(0, str.offsetByCodePoints(0, chars)));
  }

  /**
   * The bytes InnoDB stores for a (non-NULL) field of this type: big-endian sign-flipped integers,
   * UTF-8 strings (CHAR padded with spaces to its length in bytes), MySQL's binary DECIMAL,
   * little-endian FLOAT/DOUBLE, 5-byte DATETIME, 3-byte DATE, 4-byte TIMESTAMP seconds (UTC), the
   * last two followed by their fractional-second bytes.
   */
  public static byte[] storedBytes(Value v, ColumnType t) {
    if (v.isNull()) return new byte[0];
    if (t.isInteger()) {
      int n = t.kind().storageBytes();
      BigInteger i = toNumber(v).toBigInteger();
      if (!t.unsigned()) i = i.add(BigInteger.ONE.shiftLeft(8 * n - 1));
      return fixed(i, n);
    }
    switch (t.kind()) {
      case DECIMAL:
        return decimalToBinary(toNumber(v).setScale(t.scale(), RoundingMode.HALF_UP), t.precision(), t.scale());
      case FLOAT:
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(toNumber(v).floatValue()).array();
      case DOUBLE:
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(toNumber(v).doubleValue()).array();
      case DATETIME: {
        LocalDateTime d = dateTimeOf(v);
        long ym = d.getYear() * 13L + d.getMonthValue();
        long ymd = (ym << 5) | d.getDayOfMonth();
        long hms = ((long) d.getHour() << 12) | ((long) d.getMinute() << 6) | d.getSecond();
        return withFraction(fixed(BigInteger.valueOf(((ymd << 17) | hms) + 0x8000000000L), 5), d, t.precision());
      }
      case DATE: {
        LocalDateTime d = dateTimeOf(v);
        long x = ((long) d.getYear() << 9) | ((long) d.getMonthValue() << 5) | d.getDayOfMonth();
        return fixed(BigInteger.valueOf(x ^ 0x800000), 3);
      }
      case TIMESTAMP:
        return withFraction(fixed(BigInteger.valueOf(dateTimeOf(v).toEpochSecond(ZoneOffset.UTC)), 4), dateTimeOf(v), t.precision());
      case CHAR: {
        byte[] b = text(v).getBytes(StandardCharsets.UTF_8);
        if (b.length >= t.length()) return b;
        byte[] padded = new byte[t.length()];
        System.arraycopy(b, 0, padded, 0, b.length);
        java.util.Arrays.fill(padded, b.length, padded.length, (byte) ' ');
        return padded;
      }
      case BINARY: {
        byte[] b = text(v).getBytes(StandardCharsets.UTF_8);
        return b.length >= t.length() ? b : java.util.Arrays.copyOf(b, t.length());
      }
      default:
        return text(v).getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The seconds' bytes followed by the fraction's (my_datetime_packed_to_binary): (fsp + 1) / 2
   * big-endian bytes holding the fraction in units of 1/100, 1/10,000 or 1/1,000,000 s.
   */
  private static byte[] withFraction(byte[] seconds, LocalDateTime d, int fsp) {
    int n = (fsp + 1) / 2;
    if (n == 0) return seconds;
    long micros = d.getNano() / 1000;
    long frac = micros / (n == 1 ? 10_000 : n == 2 ? 100 : 1);
    byte[] f = fixed(BigInteger.valueOf(frac), n);
    byte[] out = java.util.Arrays.copyOf(seconds, seconds.length + n);
    System.arraycopy(f, 0, out, seconds.length, n);
    return out;
  }

  /**
   * How the oracle prints a key field in a lock line (run_scenario.py {@code fmt_value}): integers
   * in decimal; strings single-quoted with {@code \} and {@code '} escaped (CHAR right-trimmed);
   * DATETIME without fractional seconds {@code 'YYYY-MM-DD hh:mm:ss'}; DATE {@code 'YYYY-MM-DD'}; NULL; any field longer than
   * 30 bytes as {@code 'first 30 bytes...'(N bytes)}; other types {@code 0x} + InnoDB's stored bytes.
   * Example: DECIMAL(10,2) 12.50 is {@code 0x8000000c32}.
   */
  public static String lockText(Value v, ColumnType t) {
    if (v.isNull()) return "NULL";
    if (v instanceof Value.Int i && t.isInteger()) return i.value().toString();  // at most 8 bytes stored
    byte[] stored = storedBytes(v, t);
    if (stored.length > PRINTED_FIELD_BYTES) {
      String head = new String(stored, 0, PRINTED_FIELD_BYTES, StandardCharsets.UTF_8);
      return "'" + head.replace("'", "\\'") + "...'(" + stored.length + " bytes)";
    }
    if (t.isInteger()) return toNumber(v).toBigInteger().toString();
    if (t.isString()) {
      String s = new String(stored, StandardCharsets.UTF_8);
      if (t.kind() == ColumnType.Kind.CHAR) s = s.replaceAll(" +$", "");
      return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    // the oracle decodes only the 5-byte DATETIME; DATETIME(n) (fractional bytes) stays hex
    if (t.kind() == ColumnType.Kind.DATETIME && stored.length == 5) return "'" + formatDateTime(dateTimeOf(v)) + "'";
    if (t.kind() == ColumnType.Kind.DATE) return "'" + formatDateTime(dateTimeOf(v)).substring(0, 10) + "'";
    return "0x" + HexFormat.of().formatHex(stored);
  }

  /**
   * MySQL's decimal2bin: groups of 9 digits in 4 bytes, leftover digits in 1-4 bytes, the integer
   * part then the fraction, all bytes inverted for a negative number, then the top bit flipped.
   */
  static byte[] decimalToBinary(BigDecimal d, int precision, int scale) {
    int[] dig2bytes = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    int intg = precision - scale;
    boolean negative = d.signum() < 0;
    BigDecimal abs = d.abs().setScale(scale, RoundingMode.HALF_UP);
    String plain = abs.toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
    if (intPart.equals("0")) intPart = "";
    if (intPart.length() > intg) throw new SchemaException("Out of range value " + d + " for DECIMAL(" + precision + "," + scale + ")", 1264);
    intPart = "0".repeat(intg - intPart.length()) + intPart;
    fracPart = fracPart + "0".repeat(scale - fracPart.length());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int lead = intg % 9;
    int pos = 0;
    if (lead > 0) {
      writeDigits(out, intPart.substring(0, lead), dig2bytes[lead]);
      pos = lead;
    }
    for (; pos < intg; pos += 9) writeDigits(out, intPart.substring(pos, pos + 9), 4);
    int fullFrac = scale / 9;
    for (int i = 0; i < fullFrac; i++) writeDigits(out, fracPart.substring(i * 9, i * 9 + 9), 4);
    int trail = scale % 9;
    if (trail > 0) writeDigits(out, fracPart.substring(fullFrac * 9), dig2bytes[trail]);
    byte[] b = out.toByteArray();
    if (negative) {
      for (int i = 0; i < b.length; i++) b[i] = (byte) ~b[i];
    }
    b[0] ^= (byte) 0x80;
    return b;
  }

  private static void writeDigits(java.io.ByteArrayOutputStream out, String digits, int bytes) {
    long x = digits.isEmpty() ? 0 : Long.parseLong(digits);
    for (int i = bytes - 1; i >= 0; i--) out.write((int) (x >>> (8 * i)) & 0xff);
  }

  private static byte[] fixed(BigInteger x, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) out[n - 1 - i] = x.shiftRight(8 * i).byteValue();
    return out;
  }

  private static LocalDateTime dateTimeOf(Value v) {
    if (v instanceof Value.DateTime d) return d.value();
    if (v instanceof Value.Str s) {
      return parseDateTime(s.value()).orElseThrow(() -> new SchemaException("Incorrect datetime value: " + v, 1292));
    }
    throw new SchemaException("not a datetime: " + v, 1292);
  }

  private static String text(Value v) {
    if (v instanceof Value.Str s) return s.value();
    if (v instanceof Value.DateTime d) return formatDateTime(d.value());
    return v.toString();
  }
}
