package dev.innosim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.ColumnType.Kind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {
  private static final ColumnType INT = ColumnType.of(Kind.INT);

  @Test
  void coerce_stringIntoInt_givesInt() {
    assertEquals(Value.Int.of(5), INT.coerce(new Value.Str("5")));
    assertEquals(Value.Int.of(-5), INT.coerce(new Value.Str(" -5 ")));
    assertEquals(Value.Int.of(3), INT.coerce(new Value.Dec(new BigDecimal("2.5"))));
  }

  @Test
  void coerce_nonNumericStringIntoInt_error1366() {
    SchemaException e = assertThrows(SchemaException.class, () -> INT.coerce(new Value.Str("abc")));
    assertEquals(1366, e.errorCode());
    assertEquals("Incorrect int value: 'abc'", e.getMessage());
  }

  @Test
  void coerce_outOfRange_error1264() {
    SchemaException e = assertThrows(SchemaException.class, () -> ColumnType.of(Kind.TINYINT).coerce(Value.Int.of(128)));
    assertEquals(1264, e.errorCode());
    assertEquals(Value.Int.of(255), ColumnType.integer(Kind.TINYINT, true).coerce(Value.Int.of(255)));
    assertThrows(SchemaException.class, () -> ColumnType.integer(Kind.INT, true).coerce(Value.Int.of(-1)));
  }

  @Test
  void coerce_numberIntoVarchar_givesDecimalText() {
    assertEquals(new Value.Str("20"), ColumnType.varchar(10).coerce(Value.Int.of(20)));
    assertEquals(new Value.Str("1.50"), ColumnType.varchar(10).coerce(new Value.Dec(new BigDecimal("1.50"))));
  }

  @Test
  void coerce_tooLongString_error1406() {
    SchemaException e = assertThrows(SchemaException.class, () -> ColumnType.varchar(3).coerce(new Value.Str("abcd")));
    assertEquals(1406, e.errorCode());
    assertEquals(new Value.Str("中文字"), ColumnType.varchar(3).coerce(new Value.Str("中文字")));
  }

  @Test
  void coerce_char_rightTrimmed() {
    assertEquals(new Value.Str("ab"), ColumnType.chars(3).coerce(new Value.Str("ab ")));
    assertEquals(new Value.Str(" ab "), ColumnType.varchar(5).coerce(new Value.Str(" ab ")));
  }

  @Test
  void coerce_decimal_roundedToScale() {
    assertEquals(new Value.Dec(new BigDecimal("12.35")), ColumnType.decimal(10, 2).coerce(new Value.Str("12.345")));
    assertEquals(new Value.Dec(new BigDecimal("7.00")), ColumnType.decimal(10, 2).coerce(Value.Int.of(7)));
    assertThrows(SchemaException.class, () -> ColumnType.decimal(4, 2).coerce(Value.Int.of(100)));
  }

  @Test
  void coerce_stringIntoDatetime_parsed() {
    assertEquals(new Value.DateTime(LocalDateTime.of(2024, 1, 1, 10, 0)),
        ColumnType.of(Kind.DATETIME).coerce(new Value.Str("2024-01-01 10:00:00")));
    assertEquals(new Value.DateTime(LocalDateTime.of(2024, 1, 1, 0, 0)),
        ColumnType.of(Kind.DATE).coerce(new Value.Str("2024-01-01 10:00:00")));
    SchemaException e = assertThrows(SchemaException.class, () -> ColumnType.of(Kind.DATETIME).coerce(new Value.Str("soon")));
    assertEquals(1292, e.errorCode());
  }

  @Test
  void coerce_null_staysNull() {
    assertTrue(INT.coerce(Value.Null.INSTANCE).isNull());
  }

  @Test
  void predicates_byKind() {
    assertTrue(INT.isInteger());
    assertTrue(INT.isNumeric());
    assertFalse(INT.isString());
    assertTrue(ColumnType.decimal(10, 2).isNumeric());
    assertFalse(ColumnType.decimal(10, 2).isInteger());
    assertTrue(ColumnType.of(Kind.TEXT).isString());
    assertTrue(ColumnType.of(Kind.TIMESTAMP).isTemporal());
    assertEquals("DECIMAL(10,2)", ColumnType.decimal(10, 2).toString());
  }
}
