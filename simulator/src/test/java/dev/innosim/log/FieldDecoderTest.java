package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.innosim.schema.ColumnType;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored bytes back to values, per type, as a table; DECIMAL also against the writer {@code Values.storedBytes}. */
class FieldDecoderTest {
  static RawField field(String hex) {
    return new RawField(0, Optional.of(hex), "", hex.length() / 2);
  }

  @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // type             | stored hex               | value                             | lock text
      "INT                | 80000014                 | 20                                | 20",
      "INT                | 7fffffec                 | -20                               | -20",
      "INT UNSIGNED       | fffffffe                 | 4294967294                        | 4294967294",
      "TINYINT UNSIGNED   | c8                       | 200                               | 200",
      "BIGINT             | 88ab8aab239a1004         | 624745440962285572                | 624745440962285572",
      "DECIMAL(10,2)      | 7ffffff3cd               | -12.50                            | 0x7ffffff3cd",
      "DECIMAL(10,2)      | 85f5e0ff63               | 99999999.99                       | 0x85f5e0ff63",
      "DATETIME(3)        | 99b2c2a51e04e2           | '2024-03-01 10:20:30.125'         | 0x99b2c2a51e04e2",
      "DATETIME           | 99a35a1768               | '2019-06-13 01:29:40'             | '2019-06-13 01:29:40'",
      "DATE               | 8fc8a1                   | '2020-05-01'                      | '2020-05-01'",
      "TIMESTAMP          | 5d503dd8                 | '2019-08-11 16:10:00' UTC         | 0x5d503dd8",
      "VARCHAR(10)        | 6f6e65                   | 'one'                             | 'one'",
      "CHAR(5)            | 6162202020               | 'ab'                              | 'ab'",
      "VARBINARY(4)       | 00ff                     | 0x00ff                            | 0x00ff"})
  void decode_storedBytes_giveTheValueAndTheLockText(String type, String hex, String value, String lockText) {
    FieldDecoder.Decoded d = FieldDecoder.decode(field(hex.strip()), type(type.strip()), "utf8mb4");
    assertEquals(value.strip(), d.value());
    assertEquals(lockText.strip(), d.lockText());
  }

  @ParameterizedTest
  @CsvSource({"0.00", "-0.01", "12.50", "-99999999.99", "1234567.89"})
  void decimal_ofStoredBytes_isTheValueWritten(String v) {
    ColumnType t = ColumnType.decimal(10, 2);
    byte[] b = Values.storedBytes(new Value.Dec(new BigDecimal(v)), t);
    assertEquals(v, FieldDecoder.decode(field(HexFormat.of().formatHex(b)), t, "utf8mb4").value());
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {"latin1, 636166e9, 'café'", "utf8mb4, 636166c3a9, 'café'"})
  void string_inTheColumnsCharset_isDecodedInIt(String charset, String hex, String value) {
    assertEquals(value, FieldDecoder.decode(field(hex), ColumnType.varchar(10), charset).value());
  }

  @org.junit.jupiter.api.Test
  void truncated_fieldOf32Bytes_showsItsFirst30AndItsLength() {
    RawField f = new RawField(3, Optional.of("41".repeat(30)), "A".repeat(30), 32);
    assertEquals("'" + "A".repeat(30) + "...'(32 bytes)", FieldDecoder.decode(f, ColumnType.varchar(64), "utf8mb4").lockText());
  }

  @org.junit.jupiter.api.Test
  void rowId_ofSixBytes_isHashAndTheCounter() {
    assertEquals("#790", FieldDecoder.rowId(field("000000000316")).lockText());
  }

  static ColumnType type(String sql) {
    return ((dev.innosim.sql.Statement.CreateTable) dev.innosim.sql.SqlParser.parse("CREATE TABLE t (c " + sql + ")")).table().columns().get(0).type();
  }
}
