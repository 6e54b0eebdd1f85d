package dev.innosim.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A column's data type as SHOW CREATE TABLE declares it; immutable.
 *
 * <p>{@code length} is the declared length in characters (CHAR, VARCHAR) or bytes (BINARY,
 * VARBINARY), -1 when the type has none; {@code precision}/{@code scale} are DECIMAL's (M,D), 0
 * otherwise. Display widths such as {@code int(11)} and ZEROFILL do not change what is stored and
 * are not kept.
 */
public record ColumnType(Kind kind, boolean unsigned, int length, int precision, int scale) {

  /** The supported data types. */
  public enum Kind {
    TINYINT(1), SMALLINT(2), MEDIUMINT(3), INT(4), BIGINT(8),
    DECIMAL(0), FLOAT(4), DOUBLE(8),
    CHAR(0), VARCHAR(0), TEXT(0),
    BINARY(0), VARBINARY(0), BLOB(0),
    DATETIME(5), DATE(3), TIMESTAMP(4);

    private final int bytes;

    Kind(int bytes) { this.bytes = bytes; }

    /** Stored size of a fixed-size integer or temporal type, 0 for the others. */
    public int storageBytes() { return bytes; }

    /** The type named by a SQL type keyword ({@code INTEGER}, {@code NUMERIC}, {@code REAL}, {@code BOOL} ... included). */
    public static Kind fromSqlName(String name) {
      switch (name.toUpperCase(Locale.ROOT)) {
        case "TINYINT": case "BOOL": case "BOOLEAN": return TINYINT;
        case "SMALLINT": return SMALLINT;
        case "MEDIUMINT": return MEDIUMINT;
        case "INT": case "INTEGER": return INT;
        case "BIGINT": return BIGINT;
        case "DECIMAL": case "DEC": case "NUMERIC": case "FIXED": return DECIMAL;
        case "FLOAT": return FLOAT;
        case "DOUBLE": case "REAL": return DOUBLE;
        case "CHAR": case "CHARACTER": return CHAR;
        case "VARCHAR": return VARCHAR;
        case "TEXT": case "TINYTEXT": case "MEDIUMTEXT": case "LONGTEXT": return TEXT;
        case "BINARY": return BINARY;
        case "VARBINARY": return VARBINARY;
        case "BLOB": case "TINYBLOB": case "MEDIUMBLOB": case "LONGBLOB": return BLOB;
        case "DATETIME": return DATETIME;
        case "DATE": return DATE;
        case "TIMESTAMP": return TIMESTAMP;
        default: throw new SchemaException("unsupported data type: " + name);
      }
    }
  }

  public ColumnType {
    if (kind == null) throw new SchemaException("column type without kind");
    if (kind == Kind.DECIMAL) {
      if (precision < 1 || precision > 65) throw new SchemaException("DECIMAL precision out of range: " + precision);
      if (scale < 0 || scale > 30 || scale > precision) throw new SchemaException("DECIMAL scale out of range: " + scale);
    }
    if ((kind == Kind.VARCHAR || kind == Kind.VARBINARY) && length < 0) {
      throw new SchemaException(kind + " needs a length");
    }
  }

  /** A type without length or precision, e.g. INT, TEXT, DATETIME; CHAR and BINARY get length 1, DECIMAL (10,0). */
  public static ColumnType of(Kind kind) {
    switch (kind) {
      case CHAR: case BINARY: return new ColumnType(kind, false, 1, 0, 0);
      case DECIMAL: return new ColumnType(kind, false, -1, 10, 0);
      default: return new ColumnType(kind, false, -1, 0, 0);
    }
  }

  public static ColumnType integer(Kind kind, boolean unsigned) {
    ColumnType t = new ColumnType(kind, unsigned, -1, 0, 0);
    if (!t.isInteger()) throw new SchemaException("not an integer type: " + kind);
    return t;
  }

  public static ColumnType varchar(int length) { return new ColumnType(Kind.VARCHAR, false, length, 0, 0); }

  public static ColumnType chars(int length) { return new ColumnType(Kind.CHAR, false, length, 0, 0); }

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(Kind.DECIMAL, false, -1, precision, scale);
  }

  public boolean isInteger() {
    return kind == Kind.TINYINT || kind == Kind.SMALLINT || kind == Kind.MEDIUMINT || kind == Kind.INT || kind == Kind.BIGINT;
  }

  public boolean isNumeric() {
    return isInteger() || kind == Kind.DECIMAL || kind == Kind.FLOAT || kind == Kind.DOUBLE;
  }

  /** True for the character types CHAR, VARCHAR and TEXT (not the binary string types). */
  public boolean isString() {
    return kind == Kind.CHAR || kind == Kind.VARCHAR || kind == Kind.TEXT;
  }

  /** True for BINARY, VARBINARY and BLOB. */
  public boolean isBinary() {
    return kind == Kind.BINARY || kind == Kind.VARBINARY || kind == Kind.BLOB;
  }

  public boolean isTemporal() {
    return kind == Kind.DATETIME || kind == Kind.DATE || kind == Kind.TIMESTAMP;
  }

  /**
   * Bytes of a key part over the whole column for the fixed-size types (INT 4, DATETIME 5,
   * DECIMAL(10,2) 5, ...), the length in characters or bytes for CHAR, VARCHAR, BINARY and
   * VARBINARY, -1 for TEXT and BLOB: a prefix equal to it covers the whole column.
   */
  public int keyLength() {
    switch (kind) {
      case CHAR: case VARCHAR: case BINARY: case VARBINARY: return length;
      case TEXT: case BLOB: return -1;
      case FLOAT: return 4;
      case DOUBLE: return 8;
      case DATETIME: case TIMESTAMP: return kind.storageBytes() + (precision + 1) / 2;
      case DECIMAL: return decimalDigitBytes(precision - scale) + decimalDigitBytes(scale);
      default: return kind.storageBytes();
    }
  }

  /** MySQL's packed DECIMAL: 4 bytes for each 9 digits, then dig2bytes for the rest. */
  private static int decimalDigitBytes(int digits) {
    int[] dig2bytes = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    return digits / 9 * 4 + dig2bytes[digits % 9];
  }

  /** Smallest storable integer of an integer type. */
  public BigInteger minInteger() {
    if (unsigned) return BigInteger.ZERO;
    return BigInteger.ONE.shiftLeft(8 * kind.storageBytes() - 1).negate();
  }

  /** Largest storable integer of an integer type. */
  public BigInteger maxInteger() {
    int bits = 8 * kind.storageBytes();
    return BigInteger.ONE.shiftLeft(unsigned ? bits : bits - 1).subtract(BigInteger.ONE);
  }

  /**
   * The value stored when {@code v} is inserted into or assigned to a column of this type, in
   * strict SQL mode: {@code '5'} becomes 5 in an INT, 12.345 becomes 12.35 in a DECIMAL(10,2), a
   * number becomes its decimal text in a VARCHAR, CHAR loses trailing spaces (as InnoDB returns it),
   * {@code '2024-01-01'} becomes a DATETIME. NULL stays NULL (NOT NULL is the caller's check).
   *
   * @throws SchemaException with {@link SchemaException#errorCode()} 1264 (out of range), 1366
   *     (incorrect value), 1406 (data too long) or 1292 (incorrect datetime)
   */
  public Value coerce(Value v) {
    if (v.isNull()) return v;
    if (isInteger()) return coerceInteger(v);
    switch (kind) {
      case DECIMAL: return coerceDecimal(v);
      case FLOAT: {
        BigDecimal d = strictNumber(v);
        float f = d.floatValue();
        if (Float.isInfinite(f)) throw outOfRange(v);
        if (unsigned && f < 0) throw outOfRange(v);
        return new Value.Dec(new BigDecimal(Float.toString(f)).stripTrailingZeros());
      }
      case DOUBLE: {
        BigDecimal d = strictNumber(v);
        double x = d.doubleValue();
        if (Double.isInfinite(x)) throw outOfRange(v);
        if (unsigned && x < 0) throw outOfRange(v);
        return new Value.Dec(new BigDecimal(Double.toString(x)).stripTrailingZeros());
      }
      case CHAR: case VARCHAR: case TEXT: case BINARY: case VARBINARY: case BLOB:
        return coerceString(v);
      case DATETIME: case TIMESTAMP: case DATE:
        return coerceTemporal(v);
      default:
        throw new SchemaException("cannot store " + v + " in " + this);
    }
  }

  private Value coerceInteger(Value v) {
    if (v instanceof Value.Int iv) {
      // already an integer: only the range to check, and the value itself is kept
      if (iv.value().compareTo(minInteger()) < 0 || iv.value().compareTo(maxInteger()) > 0) throw outOfRange(v);
      return v;
    }
    BigDecimal d = strictNumber(v);
    BigInteger i = d.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    if (i.compareTo(minInteger()) < 0 || i.compareTo(maxInteger()) > 0) throw outOfRange(v);
    return new Value.Int(i);
  }

  private Value coerceDecimal(Value v) {
    BigDecimal d = strictNumber(v).setScale(scale, RoundingMode.HALF_UP);
    int intDigits = d.precision() - d.scale();
    if (d.signum() != 0 && intDigits > precision - scale) throw outOfRange(v);
    if (unsigned && d.signum() < 0) throw outOfRange(v);
    if (v instanceof Value.Dec same && same.value().scale() == scale && same.value().equals(d)) return v;
    return new Value.Dec(d);
  }

  private Value coerceString(Value v) {
    String s;
    if (v instanceof Value.Str str) {
      s = str.value();
    } else if (v instanceof Value.DateTime dt) {
      s = Values.formatDateTime(dt.value());
    } else {
      s = v.toString();
    }
    if (kind == Kind.CHAR) s = stripTrailingSpaces(s);
    if (kind == Kind.BINARY || kind == Kind.VARBINARY || kind == Kind.BLOB) {
      int bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      int max = kind == Kind.BLOB ? 65535 : length;
      if (bytes > max) throw tooLong(v);
      if (kind == Kind.BINARY && bytes < length) s = s + "\0".repeat(length - bytes);
      return v instanceof Value.Str same && same.value().equals(s) ? v : new Value.Str(s);
    }
    int max = kind == Kind.TEXT ? (length > 0 ? length : 65535) : length;
    long chars = s.codePointCount(0, s.length());
    if (kind == Kind.TEXT && length <= 0) {
      if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max) throw tooLong(v);
    } else if (chars > max) {
      throw tooLong(v);
    }
    return v instanceof Value.Str same && same.value() == s ? v : new Value.Str(s);
  }

  private Value coerceTemporal(Value v) {
    LocalDateTime t;
    if (v instanceof Value.DateTime dt) {
      t = dt.value();
    } else if (v instanceof Value.Str s) {
      t = Values.parseDateTime(s.value()).orElseThrow(() -> new SchemaException(
          "Incorrect " + kind.name().toLowerCase(Locale.ROOT) + " value: " + v, 1292));
    } else if (v instanceof Value.Int i) {
      t = Values.parseDateTime(i.value().toString()).orElseThrow(() -> new SchemaException(
          "Incorrect " + kind.name().toLowerCase(Locale.ROOT) + " value: " + v, 1292));
    } else {
      throw new SchemaException("Incorrect " + kind.name().toLowerCase(Locale.ROOT) + " value: " + v, 1292);
    }
    if (kind == Kind.DATE) t = t.toLocalDate().atStartOfDay();
    if (kind == Kind.TIMESTAMP && (t.getYear() < 1970 || t.getYear() > 2038)) {
      throw new SchemaException("Incorrect timestamp value: " + v, 1292);
    }
    return new Value.DateTime(t);
  }

  /** A number from a value, rejecting strings that are not entirely a number (strict mode). */
  private BigDecimal strictNumber(Value v) {
    if (v instanceof Value.Int i) return new BigDecimal(i.value());
    if (v instanceof Value.Dec d) return d.value();
    if (v instanceof Value.Str s) {
      BigDecimal d = Values.parseNumberStrict(s.value());
      if (d == null) {
        throw new SchemaException("Incorrect " + kind.name().toLowerCase(Locale.ROOT) + " value: " + v, 1366);
      }
      return d;
    }
    if (v instanceof Value.DateTime dt) return new BigDecimal(Values.dateTimeAsNumber(dt.value()));
    throw new SchemaException("cannot convert " + v + " to " + this);
  }

  private SchemaException outOfRange(Value v) {
    return new SchemaException("Out of range value " + v + " for " + this, 1264);
  }

  private SchemaException tooLong(Value v) {
    return new SchemaException("Data too long for " + this + ": " + v, 1406);
  }

  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') end--;
    return s.substring(0, end);
  }

  /** The type as SQL, e.g. {@code VARCHAR(64)}, {@code DECIMAL(10,2)}, {@code INT UNSIGNED}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.name());
    if (kind == Kind.DECIMAL) {
      sb.append('(').append(precision).append(',').append(scale).append(')');
    } else if (length >= 0) {
      sb.append('(').append(length).append(')');
    }
    if (unsigned) sb.append(" UNSIGNED");
    return sb.toString();
  }
}
