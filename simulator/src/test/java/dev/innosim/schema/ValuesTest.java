package dev.innosim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.ColumnType.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
  private static final Value NULL = Value.Null.INSTANCE;

  private static Value i(long v) {
    return Value.Int.of(v);
  }

  private static Value s(String v) {
    return new Value.Str(v);
  }

  private static Value d(String v) {
    return new Value.Dec(new BigDecimal(v));
  }

  private static Value dt(String v) {
    return new Value.DateTime(Values.parseDateTime(v).orElseThrow());
  }

  // ------------------------------------------------------------ order

  @Test
  void compare_nullFirst_thenNumbers() {
    List<Value> values = new ArrayList<>(List.of(i(3), NULL, d("2.5"), i(-1), d("3.0")));
    values.sort(Value::compareTo);
    assertEquals(List.of(NULL, i(-1), d("2.5"), i(3), d("3.0")), values);
    assertEquals(0, Values.compare(i(3), d("3.00"), Collation.DEFAULT));
    assertEquals(0, Values.compare(NULL, NULL, Collation.DEFAULT));
  }

  @Test
  void compare_stringsDefaultCollation_caseAndTrailingSpaceInsensitive() {
    assertEquals(0, Values.compare(s("abc"), s("ABC"), Collation.DEFAULT));
    assertEquals(0, Values.compare(s("abc"), s("abc  "), Collation.DEFAULT));
    assertTrue(Values.compare(s("abc"), s("abd"), Collation.DEFAULT) < 0);
    assertTrue(Values.compare(s("B"), s("a"), Collation.DEFAULT) > 0);
    assertTrue(Values.compare(s("ab"), s("abc"), Collation.DEFAULT) < 0);
  }

  @Test
  void compare_stringsBinCollation_caseSensitivePadSpace() {
    assertTrue(Values.compare(s("abc"), s("ABC"), Collation.BIN) > 0);
    assertEquals(0, Values.compare(s("abc"), s("abc "), Collation.BIN));
    assertTrue(Values.compare(s("abc"), s("abc "), Collation.BINARY) < 0);
  }

  @Test
  void equalForKey_nullsNeverEqual() {
    assertFalse(Values.equalForKey(NULL, NULL, Collation.DEFAULT));
    assertTrue(Values.equalForKey(s("a@x"), s("A@X"), Collation.DEFAULT));
    assertFalse(Values.equalForKey(s("a@x"), s("A@X"), Collation.BIN));
  }

  @Test
  void sqlCompare_stringVsNumber_comparesAsNumbers() {
    assertEquals(0, Values.sqlCompare(s("20"), i(20), Collation.DEFAULT));
    assertEquals(0, Values.sqlCompare(s("abc"), i(0), Collation.DEFAULT));
    assertEquals(0, Values.sqlCompare(i(5), s(" 5x"), Collation.DEFAULT));
    assertTrue(Values.sqlCompare(s("100"), i(20), Collation.DEFAULT) > 0);
    assertTrue(Values.sqlCompare(s("100"), s("20"), Collation.DEFAULT) < 0);  // as strings
  }

  @Test
  void sqlCompare_dateTimeVsString_parsesString() {
    assertEquals(0, Values.sqlCompare(dt("2024-01-01 10:00:00"), s("2024-01-01 10:00:00"), Collation.DEFAULT));
    assertTrue(Values.sqlCompare(dt("2024-01-01 10:00:00"), s("2024-01-01"), Collation.DEFAULT) > 0);
    assertEquals(0, Values.sqlCompare(s("2024-1-1 10:00:00"), dt("2024-01-01 10:00:00"), Collation.DEFAULT));
  }

  // ------------------------------------------------------------ conversions

  @Test
  void parseDateTime_formats_parsedOrEmpty() {
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5)), Values.parseDateTime("2024-01-02 03:04:05"));
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 2, 0, 0)), Values.parseDateTime("20240102"));
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 2, 3, 4, 6)), Values.parseDateTime("2024-01-02 03:04:05.7"));
    assertEquals(Optional.empty(), Values.parseDateTime("2024-02-30"));
    assertEquals(Optional.empty(), Values.parseDateTime("hello"));
  }

  @Test
  void toNumber_strings_mysqlPrefixRule() {
    assertEquals(new BigDecimal("12"), Values.toNumber(s("12abc")));
    assertEquals(BigDecimal.ZERO, Values.toNumber(s("abc")));
    assertEquals(new BigDecimal("-1.5"), Values.toNumber(s("  -1.5e0x")).stripTrailingZeros());
    assertEquals(null, Values.toNumber(NULL));
  }

  @Test
  void prefix_longString_firstCharacters() {
    assertEquals(s("20240101000000000000"), Values.prefix(s("20240101000000000000-A"), 20));
    assertEquals(s("中文"), Values.prefix(s("中文字符"), 2));
    assertEquals(s("ab"), Values.prefix(s("ab"), 20));
    assertEquals(i(5), Values.prefix(i(5), 2));
  }

  // ------------------------------------------------------------ lock text

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      20                                        | INT               | 20
      -5                                        | INT               | -5
      18446744073709551615                      | BIGINT UNSIGNED   | 18446744073709551615
      NULL                                      | INT               | NULL
      'abc'                                     | VARCHAR(64)       | 'abc'
      'it''s a\\b'                              | VARCHAR(64)       | 'it\\'s a\\\\b'
      'ab'                                      | CHAR(3)           | 'ab'
      'abcdefghijklmnopqrstuvwxyz0123456789'    | VARCHAR(64)       | 'abcdefghijklmnopqrstuvwxyz0123...'(36 bytes)
      'it''s abcdefghijklmnopqrstuvwxyz0123'    | VARCHAR(64)       | 'it\\'s abcdefghijklmnopqrstuvwxy...'(35 bytes)
      '2024-01-01 10:00:00'                     | DATETIME          | '2024-01-01 10:00:00'
      '2024-01-01'                              | DATE              | '2024-01-01'
      '2024-01-01 00:00:00'                     | TIMESTAMP         | 0x65920080
      12.50                                     | DECIMAL(10,2)     | 0x8000000c32
      -12.50                                    | DECIMAL(10,2)     | 0x7ffffff3cd
      0                                         | DECIMAL(10,2)     | 0x8000000000
      1234567890.123456789                      | DECIMAL(20,9)     | 0x810dfb38d2075bcd15
      1.5                                       | FLOAT             | 0x0000c03f
      1.5                                       | DOUBLE            | 0x000000000000f83f
      'ab'                                      | BINARY(4)         | 0x61620000
      """)
  void lockText_field_formattedLikeOracle(String literal, String type, String expected) {
    assertEquals(expected, Values.lockText(value(literal), type(type)));
  }

  @Test
  void lockText_longUtf8_cutAt30Bytes() {
    ColumnType t = ColumnType.varchar(64);
    assertEquals("'一二三四五六七八九十...'(33 bytes)", Values.lockText(s("一二三四五六七八九十一"), t));
    assertEquals("'ab一二三四五六七八九\uFFFD...'(32 bytes)", Values.lockText(s("ab一二三四五六七八九十"), t));
  }

  @Test
  void lockText_charLongerThan30_paddedBytesCounted() {
    assertEquals("'a" + " ".repeat(29) + "...'(40 bytes)", Values.lockText(s("a"), ColumnType.chars(40)));
  }

  @Test
  void storedBytes_datetime_fiveBytesBigEndian() {
    byte[] b = Values.storedBytes(dt("2024-01-01 10:00:00"), ColumnType.of(Kind.DATETIME));
    assertEquals(5, b.length);
    long v = 0;
    for (byte x : b) v = (v << 8) | (x & 0xff);
    v -= 0x8000000000L;
    long ymd = v >> 17;
    assertEquals(2024, (ymd >> 5) / 13);
    assertEquals(10, (v % (1 << 17)) >> 12);
  }

  static Value value(String literal) {
    if (literal.equals("NULL")) return NULL;
    if (literal.startsWith("'")) return s(literal.substring(1, literal.length() - 1).replace("''", "'").replace("\\\\", "\\"));
    if (literal.contains(".")) return d(literal);
    return new Value.Int(new BigInteger(literal));
  }

  static ColumnType type(String sql) {
    String[] words = sql.split("[ (),]+");
    Kind kind = Kind.fromSqlName(words[0]);
    boolean unsigned = sql.contains("UNSIGNED");
    switch (kind) {
      case DECIMAL: return new ColumnType(kind, unsigned, -1, Integer.parseInt(words[1]), Integer.parseInt(words[2]));
      case CHAR: case VARCHAR: case BINARY: case VARBINARY: return new ColumnType(kind, false, Integer.parseInt(words[1]), 0, 0);
      default: return new ColumnType(kind, unsigned, -1, 0, 0);
    }
  }
}
