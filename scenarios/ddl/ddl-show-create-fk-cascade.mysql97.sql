-- @name: ddl-show-create-fk-cascade
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Tables written as SHOW CREATE TABLE prints them (backticks, int(11),
-- COMMENT with non-ASCII text, KEY ... USING BTREE, ENGINE/AUTO_INCREMENT/
-- charset table options, FOREIGN KEY ... ON DELETE CASCADE ON UPDATE
-- RESTRICT). Deleting an order cascades to its items; a concurrent insert of
-- an item for that order waits on the delete-marked parent and fails with
-- 1452 after the commit.
CREATE TABLE `orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '订单编号',
  `customer` varchar(32) NOT NULL DEFAULT '' COMMENT 'Kunde (Straße)',
  `status` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='注文テーブル';
CREATE TABLE `order_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL COMMENT '所属订单',
  `qty` int(10) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_order_id` (`order_id`) USING BTREE,
  CONSTRAINT `fk_items_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `orders` VALUES (1,'alice',0),(2,'bob',0),(3,'carol',0);
INSERT INTO `order_items` VALUES (1,1,1),(2,2,1),(3,2,2),(4,3,1),(5,3,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM `orders` WHERE `id` = 2;           -- expect: ok
-- @locks
--   T1 holds  TABLE order_items IX
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD order_items.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD order_items.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X (2, 2) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X (2, 3) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X,GAP (3, 4)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T2 holds  nothing
T2: INSERT INTO `order_items` (`order_id`, `qty`) VALUES (2, 9);  -- expect: blocked -> error 1452
-- @locks
--   T1 holds  TABLE order_items IX
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD order_items.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD order_items.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X (2, 2) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X (2, 3) delete-marked
--   T1 holds  RECORD order_items.idx_order_id X,GAP (3, 4)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T2 holds  TABLE orders IS
--   T2 waits  RECORD orders.PRIMARY S,REC_NOT_GAP (2) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1452
T2: COMMIT;                                        -- expect: ok
