package dev.innosim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.ColumnType.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names and sizes the servers check at CREATE TABLE (collations, charsets, key part lengths, foreign key types). */
class ServerLimitsTest {
  @Test
  void isKnown_collationsOfEitherServer_andNoOther() {
    assertTrue(Collation.isKnown("utf8mb4_general_ci"));
    assertTrue(Collation.isKnown("UTF8MB4_0900_AI_CI"), "MySQL 8's default");
    assertTrue(Collation.isKnown("utf8mb4_uca1400_ai_ci"), "MariaDB 10.11's UCA 14");
    assertTrue(Collation.isKnown("utf8_general_ci"), "the utf8 alias");
    assertFalse(Collation.isKnown("nosuch_ci"));
    assertTrue(Collation.isKnownCharset("latin1"));
    assertFalse(Collation.isKnownCharset("nosuch"));
  }

  @Test
  void keyLength_fixedTypes_areTheirStoredBytes() {
    assertEquals(4, ColumnType.of(Kind.INT).keyLength());
    assertEquals(8, ColumnType.of(Kind.BIGINT).keyLength());
    assertEquals(5, ColumnType.of(Kind.DATETIME).keyLength());
    assertEquals(5, ColumnType.decimal(10, 2).keyLength());
    assertEquals(3, ColumnType.of(Kind.DATE).keyLength());
    assertEquals(10, ColumnType.varchar(10).keyLength());
    assertEquals(-1, ColumnType.of(Kind.TEXT).keyLength());
  }

  @Test
  void incompatibility_varcharReferencingInt_isReported() {
    TableDef parent = new TableBuilder("p").column(new ColumnDef("id", ColumnType.of(Kind.INT), false, Optional.empty(), false))
        .primaryKey(List.of(KeyPart.of("id"))).build();
    TableDef child = new TableBuilder("c").column(new ColumnDef("id", ColumnType.of(Kind.INT), false, Optional.empty(), false))
        .column(new ColumnDef("pid", ColumnType.varchar(10), true, Optional.empty(), false))
        .foreignKey(null, null, List.of("pid"), "p", List.of("id"), RefAction.RESTRICT, RefAction.RESTRICT).build();
    assertTrue(child.foreignKeys().get(0).incompatibility(child, parent).isPresent());
    assertFalse(ForeignKeyDef.compatible(ColumnType.of(Kind.INT), ColumnType.of(Kind.BIGINT)));
    assertFalse(ForeignKeyDef.compatible(ColumnType.of(Kind.INT), ColumnType.integer(Kind.INT, true)));
    assertTrue(ForeignKeyDef.compatible(ColumnType.varchar(10), ColumnType.chars(20)));
    assertTrue(ForeignKeyDef.compatible(ColumnType.of(Kind.INT), ColumnType.of(Kind.INT)));
  }
}
