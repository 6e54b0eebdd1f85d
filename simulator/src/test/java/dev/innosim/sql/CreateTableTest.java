package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.Collation;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.ColumnType.Kind;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.RefAction;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CREATE TABLE as people write it and as SHOW CREATE TABLE prints it (MySQL 5.7 / 8.0, MariaDB). */
class CreateTableTest {

  private static TableDef table(String sql) {
    return ((Statement.CreateTable) SqlParser.parse(sql)).table();
  }

  private static List<String> indexNames(TableDef t) {
    return t.indexes().stream().map(IndexDef::name).toList();
  }

  @Test
  void parse_mysql8ShowCreateWithChineseComments_fullDefinition() {
    TableDef t = table("""
        CREATE TABLE `pay_order` (
          `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
          `seller_id` int(11) NOT NULL COMMENT '卖家ID',
          `fund_transfer_order_no` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '' COMMENT '资金流水号',
          `amount` decimal(10,2) unsigned zerofill NOT NULL DEFAULT '0.00' COMMENT '金额（元）',
          `status` tinyint(4) NOT NULL DEFAULT '0' COMMENT '状态：0-初始，1-成功',
          `remark` text COMMENT '备注',
          `code` char(3) DEFAULT NULL,
          `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
          `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
          PRIMARY KEY (`id`) USING BTREE,
          UNIQUE KEY `uk_transfer_no` (`fund_transfer_order_no`) COMMENT '唯一流水',
          KEY `idx_seller_transNo` (`seller_id`,`fund_transfer_order_no`(20)) USING BTREE COMMENT '卖家+流水前缀'
        ) ENGINE=InnoDB AUTO_INCREMENT=123 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC COMMENT='支付订单表'""");
    assertEquals("pay_order", t.name());
    assertEquals(List.of("id", "seller_id", "fund_transfer_order_no", "amount", "status", "remark", "code", "created_at",
        "updated_at"), t.columns().stream().map(ColumnDef::name).toList());
    ColumnDef id = t.columns().get(0);
    assertEquals(new ColumnType(Kind.BIGINT, true, -1, 0, 0), id.type());
    assertTrue(id.autoIncrement());
    assertFalse(id.nullable());
    assertEquals(Optional.of(id), t.autoIncrementColumn());
    assertEquals(123, t.autoIncrementStart());
    ColumnDef no = t.column("FUND_TRANSFER_ORDER_NO").orElseThrow();
    assertEquals(ColumnType.varchar(64), no.type());
    assertEquals(Collation.BIN, no.collation());
    assertEquals(Optional.of(new Value.Str("")), no.defaultValue());
    ColumnDef amount = t.column("amount").orElseThrow();
    assertEquals(new ColumnType(Kind.DECIMAL, true, -1, 10, 2), amount.type());
    assertEquals(Optional.of(new Value.Dec(new BigDecimal("0.00"))), amount.defaultValue());
    assertEquals(Optional.of(Value.Int.of(0)), t.column("status").orElseThrow().defaultValue());
    assertEquals(Kind.TEXT, t.column("remark").orElseThrow().type().kind());
    assertEquals(Optional.empty(), t.column("remark").orElseThrow().defaultValue());
    assertEquals(ColumnType.chars(3), t.column("code").orElseThrow().type());
    assertEquals(Optional.of(Value.Null.INSTANCE), t.column("code").orElseThrow().defaultValue());
    assertEquals(Optional.of((Value) Values.NOW), t.column("updated_at").orElseThrow().defaultValue());
    assertEquals(Collation.DEFAULT, t.column("code").orElseThrow().collation());
    assertEquals(List.of("PRIMARY", "uk_transfer_no", "idx_seller_transNo"), indexNames(t));
    assertEquals(List.of(KeyPart.of("seller_id"), new KeyPart("fund_transfer_order_no", 20)),
        t.index("idx_seller_transno").orElseThrow().parts());
    assertEquals("PRIMARY", t.clusteredIndex().name());
    assertEquals(5, t.columnIndex("Updated_At") - 3);
  }

  @Test
  void parse_mariadbShowCreate_currentTimestampWithParentheses() {
    TableDef t = table("""
        CREATE TABLE `orders` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `user_id` int(11) DEFAULT NULL COMMENT '用户',
          `note` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT 'n/a',
          `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
          `dt` datetime DEFAULT current_timestamp(),
          `neg` int(11) NOT NULL DEFAULT -1,
          PRIMARY KEY (`id`),
          KEY `idx_user` (`user_id`)
        ) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单'""");
    assertEquals(Optional.of((Value) Values.NOW), t.column("ts").orElseThrow().defaultValue());
    assertEquals(Optional.of((Value) Values.NOW), t.column("dt").orElseThrow().defaultValue());
    assertEquals(Optional.of(Value.Int.of(-1)), t.column("neg").orElseThrow().defaultValue());
    assertEquals(Optional.of(new Value.Str("n/a")), t.column("note").orElseThrow().defaultValue());
    assertEquals(List.of("PRIMARY", "idx_user"), indexNames(t));
    assertEquals(7, t.autoIncrementStart());
  }

  @Test
  void parse_mysql57ForeignKeys_namedAndGenerated() {
    TableDef t = table("""
        CREATE TABLE `child` (
          `id` int(11) NOT NULL,
          `parent_id` int(11) NOT NULL,
          `other_id` int(11) DEFAULT NULL,
          PRIMARY KEY (`id`),
          KEY `idx_parent` (`parent_id`),
          CONSTRAINT `fk_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
          FOREIGN KEY (`other_id`) REFERENCES `other` (`id`) ON DELETE SET NULL
        ) ENGINE=InnoDB DEFAULT CHARSET=latin1""");
    assertEquals(List.of(
        new ForeignKeyDef("fk_parent", List.of("parent_id"), "parent", List.of("id"), RefAction.CASCADE, RefAction.RESTRICT),
        new ForeignKeyDef("child_ibfk_1", List.of("other_id"), "other", List.of("id"), RefAction.SET_NULL, RefAction.RESTRICT)),
        t.foreignKeys());
    // idx_parent serves fk_parent; other_id had no index, so one named after the column is added
    assertEquals(List.of("PRIMARY", "idx_parent", "other_id"), indexNames(t));
  }

  @Test
  void parse_namedForeignKeyWithoutIndex_indexNamedAfterConstraint() {
    TableDef t = table("CREATE TABLE c (id INT PRIMARY KEY, pid INT, CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES p (id))");
    assertEquals(List.of("PRIMARY", "fk_p"), indexNames(t));
    assertEquals(RefAction.RESTRICT, t.foreignKeys().get(0).onDelete());
  }

  @Test
  void parse_unnamedKeys_getMysqlDefaultNames() {
    TableDef t = table("CREATE TABLE t (a INT, b INT, KEY (a), KEY (a, b), UNIQUE (b), INDEX (`b`))");
    assertEquals(List.of("b", "a", "a_2", "b_2"), indexNames(t));
    assertTrue(t.index("b").orElseThrow().unique());
  }

  @Test
  void parse_inlineUniqueAndPrimary_becomeIndexes() {
    TableDef t = table("CREATE TABLE u (id INT NOT NULL PRIMARY KEY, email VARCHAR(64) NOT NULL UNIQUE, code INT UNIQUE KEY)");
    assertEquals(List.of("PRIMARY", "email", "code"), indexNames(t));
    assertTrue(t.index("PRIMARY").orElseThrow().primary());
  }

  @Test
  void parse_uniqueNotNullWithoutPrimary_becomesClustered() {
    TableDef t = table("CREATE TABLE t (a INT, b INT NOT NULL, KEY ka (a), UNIQUE KEY ub (b))");
    assertEquals("ub", t.clusteredIndex().name());
    assertFalse(t.hasHiddenRowId());
    assertEquals(List.of("ka"), t.secondaryIndexes().stream().map(IndexDef::name).toList());
  }

  @Test
  void parse_noUsableKey_hiddenRowId() {
    TableDef t = table("CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB");
    assertTrue(t.hasHiddenRowId());
    assertEquals(TableDef.GEN_CLUST_INDEX, t.clusteredIndex().name());
    assertEquals(List.of(KeyPart.of("order_id"), KeyPart.of(TableDef.ROW_ID_COLUMN)),
        t.recordFields(t.index("idx_order_id").orElseThrow()));
  }

  @Test
  void parse_primaryKeyColumns_becomeNotNull() {
    TableDef t = table("CREATE TABLE t (a INT, b INT, v INT, PRIMARY KEY (a, b))");
    assertFalse(t.column("a").orElseThrow().nullable());
    assertFalse(t.column("b").orElseThrow().nullable());
    assertTrue(t.column("v").orElseThrow().nullable());
  }

  @Test
  void parse_tableCollationBin_appliesToStringColumns() {
    TableDef t = table("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10), c VARCHAR(10) COLLATE utf8mb4_general_ci) COLLATE=utf8mb4_bin");
    assertEquals(Collation.BIN, t.column("s").orElseThrow().collation());
    assertEquals(Collation.GENERAL_CI, t.column("c").orElseThrow().collation());
  }

  @Test
  void parse_ifNotExistsAndOtherTypes_accepted() {
    TableDef t = table("CREATE TABLE IF NOT EXISTS `T1` (`ID` INTEGER NOT NULL, d DATE, f FLOAT, x DOUBLE, bin VARBINARY(8),"
        + " flag BOOL DEFAULT TRUE, PRIMARY KEY (`ID`)) ENGINE=InnoDB STATS_PERSISTENT=0");
    assertEquals("T1", t.name());
    assertEquals(List.of(Kind.INT, Kind.DATE, Kind.FLOAT, Kind.DOUBLE, Kind.VARBINARY, Kind.TINYINT),
        t.columns().stream().map(c -> c.type().kind()).toList());
    assertEquals(Collation.BINARY, t.column("bin").orElseThrow().collation());
    assertEquals(Optional.of(Value.Int.of(1)), t.column("flag").orElseThrow().defaultValue());
  }

  @Test
  void parse_commentWithQuotesAndSemicolon_accepted() {
    TableDef t = table("CREATE TABLE t (id INT PRIMARY KEY COMMENT 'it''s \\'x\\'; 中文') COMMENT='表; 注释'");
    assertEquals(1, t.columns().size());
  }
}
