package dev.innosim.log;

import dev.innosim.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One stored field's bytes turned back into a value, the inverse of {@code schema.Values.storedBytes}:
 * sign-flipped big-endian integers, binary DECIMAL, strings in the column's character set,
 * DATETIME / DATE / TIMESTAMP with their fractional seconds; stateless.
 *
 * <p>Example: INT {@code 80000014} is 20, {@code 7fffffec} is -20; the two fraction bytes of a
 * DATETIME(3) count units of 100 microseconds, so {@code 00fa} is {@code .025}.
 */
final class FieldDecoder {
  private FieldDecoder() {}

  /**
   * A decoded field: {@code value} for people (DECIMAL as a number, TIMESTAMP in UTC),
   * {@code lockText} in the lock-line grammar the oracle writes ({@code 0x} hex for the types it
   * does not decode).
   */
  record Decoded(String value, String lockText) {}

  private static final int[] DIG2BYTES = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
  private static final int PRINTED = 30;

  /** The number of bytes a fixed-size type stores, or empty for variable-length types. */
  static Optional<Integer> fixedSize(ColumnType t) {
    if (t.isInteger()) return Optional.of(t.kind().storageBytes());
    switch (t.kind()) {
      case DECIMAL: return Optional.of(decimalSize(t.precision(), t.scale()));
      case FLOAT: return Optional.of(4);
      case DOUBLE: return Optional.of(8);
      case DATE: return Optional.of(3);
      case DATETIME: return Optional.of(5 + (t.precision() + 1) / 2);
      case TIMESTAMP: return Optional.of(4 + (t.precision() + 1) / 2);
      default: return Optional.empty();
    }
  }

  /** The largest number of bytes a variable-length field can store. */
  static long maxBytes(ColumnType t, int prefixChars, String charset) {
    int mb = bytesPerChar(charset);
    long chars = prefixChars > 0 ? prefixChars : t.length() > 0 ? t.length() : 65535;
    return t.isBinary() || t.kind() == ColumnType.Kind.TEXT || t.kind() == ColumnType.Kind.BLOB ? Math.max(chars, chars * (t.isBinary() ? 1 : mb)) : chars * mb;
  }

  static int bytesPerChar(String charset) {
    switch (charset) {
      case "latin1": case "ascii": case "binary": return 1;
      case "utf8": case "utf8mb3": return 3;
      case "ucs2": case "utf16": return 4;
      default: return 4;
    }
  }

  static Decoded decode(RawField f, ColumnType t, String charset) {
    if (f.isNull()) return new Decoded("NULL", "NULL");
    byte[] b = f.bytes();
    if (f.truncated()) {
      String head = new String(b, StandardCharsets.UTF_8);
      String text = "'" + head.replace("'", "\\'") + "...'(" + f.totalLength() + " bytes)";
      return new Decoded(text, text);
    }
    String hex = "0x" + HexFormat.of().formatHex(b);
    if (t.isInteger()) {
      BigInteger v = new BigInteger(1, b);
      if (!t.unsigned()) v = v.subtract(BigInteger.ONE.shiftLeft(8 * b.length - 1));
      return new Decoded(v.toString(), v.toString());
    }
    switch (t.kind()) {
      case CHAR: case VARCHAR: case TEXT: {
        String s = new String(b, charset(charset));
        if (t.kind() == ColumnType.Kind.CHAR) s = s.replaceAll(" +$", "");
        String q = "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return new Decoded(q, q);
      }
      case DECIMAL:
        return new Decoded(decimal(b, t.precision(), t.scale()).toPlainString(), hex);
      case FLOAT:
        return new Decoded(Float.toString(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getFloat()), hex);
      case DOUBLE:
        return new Decoded(Double.toString(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getDouble()), hex);
      case DATE: {
        long x = new BigInteger(1, b).longValue() ^ 0x800000;
        String d = String.format(Locale.ROOT, "'%04d-%02d-%02d'", x >> 9, (x >> 5) & 15, x & 31);
        return new Decoded(d, d);
      }
      case DATETIME: {
        long v = new BigInteger(1, java.util.Arrays.copyOf(b, 5)).longValue() - 0x8000000000L;
        long ymd = v >> 17;
        long hms = v & 0x1ffff;
        long ym = ymd >> 5;
        String base = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", ym / 13, ym % 13, ymd & 31,
            hms >> 12, (hms >> 6) & 63, hms & 63);
        String text = "'" + base + fraction(b, 5, t.precision()) + "'";
        return new Decoded(text, b.length == 5 ? "'" + base + "'" : hex);
      }
      case TIMESTAMP: {
        long secs = new BigInteger(1, java.util.Arrays.copyOf(b, 4)).longValue();
        String base = Instant.ofEpochSecond(secs).atOffset(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
        if (base.length() == 16) base += ":00";
        return new Decoded("'" + base + fraction(b, 4, t.precision()) + "' UTC", hex);
      }
      default:
        return new Decoded(hex, hex);
    }
  }

  /** A hidden {@code DB_ROW_ID}: {@code #} and the 6-byte counter value. */
  static Decoded rowId(RawField f) {
    String s = "#" + new BigInteger(1, f.bytes());
    return new Decoded(s, s);
  }

  /** MySQL's fractional-second bytes: 1 byte for 1-2 digits, 2 for 3-4, 3 for 5-6, big-endian. */
  private static String fraction(byte[] b, int from, int fsp) {
    if (fsp <= 0 || b.length <= from) return "";
    long v = new BigInteger(1, java.util.Arrays.copyOfRange(b, from, b.length)).longValue();
    int bytes = b.length - from;
    int digits = bytes * 2;
    String s = String.format(Locale.ROOT, "%0" + digits + "d", v);
    return "." + s.substring(0, Math.min(fsp, s.length()));
  }

  private static Charset charset(String name) {
    switch (name) {
      case "latin1": return Charset.forName("windows-1252");
      case "ascii": return StandardCharsets.US_ASCII;
      case "ucs2": case "utf16": return StandardCharsets.UTF_16BE;
      default: return StandardCharsets.UTF_8;
    }
  }

  static int decimalSize(int precision, int scale) {
    int intg = precision - scale;
    return intg / 9 * 4 + DIG2BYTES[intg % 9] + scale / 9 * 4 + DIG2BYTES[scale % 9];
  }

  /** MySQL's bin2decimal: the top bit flipped back; a negative number had all its bytes inverted. */
  static BigDecimal decimal(byte[] stored, int precision, int scale) {
    byte[] b = stored.clone();
    boolean negative = (b[0] & 0x80) == 0;
    b[0] ^= (byte) 0x80;
    if (negative) for (int i = 0; i < b.length; i++) b[i] = (byte) ~b[i];
    int intg = precision - scale;
    StringBuilder digits = new StringBuilder();
    int pos = 0;
    int lead = DIG2BYTES[intg % 9];
    if (lead > 0) {
      digits.append(read(b, pos, lead));
      pos += lead;
    }
    for (int g = 0; g < intg / 9; g++, pos += 4) digits.append(String.format(Locale.ROOT, "%09d", read(b, pos, 4)));
    StringBuilder frac = new StringBuilder();
    for (int g = 0; g < scale / 9; g++, pos += 4) frac.append(String.format(Locale.ROOT, "%09d", read(b, pos, 4)));
    int tail = scale % 9;
    if (tail > 0) frac.append(String.format(Locale.ROOT, "%0" + tail + "d", read(b, pos, DIG2BYTES[tail])));
    String text = (digits.length() == 0 ? "0" : digits.toString()) + (scale > 0 ? "." + frac : "");
    BigDecimal d = new BigDecimal(text);
    d = new BigDecimal(d.unscaledValue(), d.scale()).setScale(scale);
    return negative ? d.negate() : d;
  }

  private static long read(byte[] b, int from, int n) {
    long v = 0;
    for (int i = 0; i < n; i++) v = (v << 8) | (b[from + i] & 0xff);
    return v;
  }
}
