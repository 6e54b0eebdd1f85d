-- @name: ddl-show-create-update-restrict
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- SHOW CREATE TABLE style schema with ON UPDATE RESTRICT: changing the id of
-- an order that has items fails with 1451 and leaves X,REC_NOT_GAP on the
-- order row and S,REC_NOT_GAP on the first item index entry it found,
-- (2, 2): the check stops there. T2's UPDATE of item 3 (entry (2, 3), not
-- locked) to order 1 goes through; its own FK check S-locks order 1.
CREATE TABLE `orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '订单编号',
  `customer` varchar(32) NOT NULL DEFAULT '' COMMENT 'Kunde (Straße)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='注文テーブル';
CREATE TABLE `order_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL COMMENT '所属订单',
  `qty` int(10) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_order_id` (`order_id`) USING BTREE,
  CONSTRAINT `fk_items_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `orders` VALUES (1,'alice'),(2,'bob'),(3,'carol');
INSERT INTO `order_items` VALUES (1,1,1),(2,2,1),(3,2,2),(4,3,1),(5,3,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE `orders` SET `id` = 20 WHERE `id` = 2;  -- expect: error 1451
-- @locks
--   T1 holds  TABLE order_items IS
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD order_items.idx_order_id S (2, 2)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
T2: UPDATE `order_items` SET `order_id` = 1 WHERE `id` = 3;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE order_items IS
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD order_items.idx_order_id S (2, 2)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE order_items IX
--   T2 holds  TABLE orders IS
--   T2 holds  RECORD order_items.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD orders.PRIMARY S,REC_NOT_GAP (1)
--   T2 waits  RECORD order_items.idx_order_id X,GAP,INSERT_INTENTION (2, 2)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
