-- @name: ddl-show-create-unsigned-btree
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- SHOW CREATE TABLE style table with int(10) unsigned columns, a UNIQUE KEY
-- and a KEY declared USING BTREE, column comments with non-ASCII text and an
-- AUTO_INCREMENT table option. Equality on the unique key takes the usual
-- next-key X on the entry (MariaDB) plus the PRIMARY row. The range region
-- BETWEEN 3 AND 4 (FORCE INDEX) finds no entry: it next-key locks the first
-- entry past it, (5, 4), and also its PRIMARY row 4. Inserts (with an
-- auto-increment id) into the gaps before 'c@x.org' and before (5, 4) wait.
CREATE TABLE `accounts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'クライアントID',
  `email` varchar(64) NOT NULL COMMENT 'E-Mail-Adresse (geändert)',
  `balance` int(11) NOT NULL DEFAULT 0 COMMENT '余额',
  `region` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_email` (`email`),
  KEY `idx_region` (`region`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `accounts` VALUES (1,'a@x.org',10,1),(2,'c@x.org',20,2),(3,'e@x.org',30,2),(4,'g@x.org',40,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE `accounts` SET `balance` = `balance` - 5 WHERE `email` = 'c@x.org';  -- expect: ok
T1: SELECT `id` FROM `accounts` FORCE INDEX (`idx_region`) WHERE `region` BETWEEN 3 AND 4 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE accounts IX
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD accounts.uk_email X,REC_NOT_GAP ('c@x.org', 2)
--   T1 holds  RECORD accounts.idx_region X (5, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO `accounts` (`email`, `region`) VALUES ('b@x.org', 9);  -- expect: ok
T3: INSERT INTO `accounts` (`email`, `region`) VALUES ('z@x.org', 3);  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE accounts IX
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD accounts.uk_email X,REC_NOT_GAP ('c@x.org', 2)
--   T1 holds  RECORD accounts.idx_region X (5, 4)
--   T2 holds  TABLE accounts IX
--   T3 holds  TABLE accounts IX
--   T3 waits  RECORD accounts.idx_region X,GAP,INSERT_INTENTION (5, 4)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
