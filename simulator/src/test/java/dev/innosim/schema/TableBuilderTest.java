package dev.innosim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.innosim.schema.ColumnType.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableBuilderTest {
  private static ColumnDef col(String name, boolean nullable) {
    return new ColumnDef(name, ColumnType.of(Kind.INT), nullable, Optional.empty(), false);
  }

  @Test
  void build_indexes_sortedAsMysqlSortsKeys() {
    TableDef t = new TableBuilder("t")
        .column(col("a", true)).column(col("b", false)).column(col("c", true)).column(col("id", false))
        .index("k_a", false, List.of(KeyPart.of("a")))
        .index("u_c", true, List.of(KeyPart.of("c")))
        .index("u_b", true, List.of(KeyPart.of("b")))
        .primaryKey(List.of(KeyPart.of("id")))
        .build();
    assertEquals(List.of("PRIMARY", "u_b", "u_c", "k_a"), t.indexes().stream().map(IndexDef::name).toList());
    assertEquals(List.of("u_b", "u_c", "k_a"), t.secondaryIndexes().stream().map(IndexDef::name).toList());
  }

  private static ColumnDef varchar(String name, int length) {
    return new ColumnDef(name, ColumnType.varchar(length), false, Optional.empty(), false);
  }

  @Test
  void build_uniqueWithPrefix_notClustered() {
    TableDef t = new TableBuilder("t").column(varchar("a", 10))
        .index("u_a", true, List.of(new KeyPart("a", 3)))
        .build();
    assertEquals(TableDef.GEN_CLUST_INDEX, t.clusteredIndex().name());
  }

  @Test
  void build_prefixAsLongAsTheColumn_coversTheWholeColumn() {
    TableDef t = new TableBuilder("t").column(col("id", false)).column(varchar("s", 10))
        .index("k_id", false, List.of(new KeyPart("id", 4)))
        .index("k_s", false, List.of(new KeyPart("s", 10)))
        .build();
    assertEquals(List.of(KeyPart.of("id")), t.indexes().get(0).parts());
    assertEquals(List.of(KeyPart.of("s")), t.indexes().get(1).parts());
  }

  @Test
  void build_prefixOnIntOfAnotherLength_isError1089() {
    SchemaException e = assertThrows(SchemaException.class, () -> new TableBuilder("t").column(col("id", false))
        .index("k", false, List.of(new KeyPart("id", 2))).build());
    assertEquals("incorrect prefix key id(2) on INT (error 1089: the used key part isn't a string, the used length is"
        + " longer than the key part, or the storage engine doesn't support unique prefix keys)", e.getMessage());
  }

  @Test
  void build_prefixLongerThanTheVarchar_isError1089() {
    assertThrows(SchemaException.class, () -> new TableBuilder("t").column(varchar("s", 10))
        .index("k", false, List.of(new KeyPart("s", 20))).build());
  }

  @Test
  void build_foreignKeyNames_skipExplicitIbfkNames() {
    TableDef t = new TableBuilder("c").column(col("x", true)).column(col("y", true))
        .foreignKey("c_ibfk_1", null, List.of("x"), "p", List.of("id"), RefAction.RESTRICT, RefAction.RESTRICT)
        .foreignKey(null, null, List.of("y"), "p", List.of("id"), RefAction.CASCADE, RefAction.NO_ACTION)
        .build();
    assertEquals(List.of("c_ibfk_1", "c_ibfk_2"), t.foreignKeys().stream().map(ForeignKeyDef::name).toList());
    assertEquals(List.of("c_ibfk_1", "y"), t.indexes().stream().map(IndexDef::name).toList());
  }

  @Test
  void recordFields_secondaryIndex_appendsMissingPrimaryKeyColumns() {
    TableDef t = new TableBuilder("t").column(col("a", false)).column(col("b", false)).column(col("k", true))
        .primaryKey(List.of(KeyPart.of("a"), KeyPart.of("b")))
        .index("idx", false, List.of(KeyPart.of("k"), KeyPart.of("b")))
        .build();
    assertEquals(List.of(KeyPart.of("k"), KeyPart.of("b"), KeyPart.of("a")), t.recordFields(t.index("idx").orElseThrow()));
    assertEquals(List.of(KeyPart.of("a"), KeyPart.of("b")), t.recordFields(t.clusteredIndex()));
  }

  @Test
  void build_primaryNamedIndex_rejected() {
    SchemaException e = assertThrows(SchemaException.class,
        () -> new TableBuilder("t").column(col("a", false)).index("primary", false, List.of(KeyPart.of("a"))));
    assertEquals("incorrect index name 'primary' in table t", e.getMessage());
  }

  @Test
  void collationKey_defaultCollation_foldsCaseAndPadding() {
    assertEquals(Collation.DEFAULT.key("abc "), Collation.DEFAULT.key("ABC"));
    assertEquals(Collation.BIN, Collation.forName("utf8mb4_bin"));
    assertEquals(Collation.GENERAL_CI, Collation.forName("utf8mb4_0900_ai_ci"));
    assertEquals(Collation.BINARY, Collation.forName("binary"));
  }
}
