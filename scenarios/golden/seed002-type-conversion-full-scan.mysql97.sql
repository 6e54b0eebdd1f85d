-- @name: seed002-type-conversion-full-scan
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 002 (RR): customer_id is VARCHAR but compared with an integer literal,
-- so idx_customer_order cannot be used and the DELETE scans (and next-key
-- locks) every PRIMARY record plus supremum. T2 deletes first; T1 REPLACEs an
-- order then its DELETE blocks; T2's UPDATE with OR on the unindexed
-- vx_order_id scans the order table and meets T1's new row -> deadlock.
CREATE TABLE rel_credit_customer_files (id INT PRIMARY KEY AUTO_INCREMENT, order_id VARCHAR(32) NOT NULL, customer_id VARCHAR(32) NOT NULL, file_id VARCHAR(32) NOT NULL, KEY idx_customer_order (customer_id, order_id)) ENGINE=InnoDB;
CREATE TABLE biz_credit_order_info (order_id VARCHAR(32) PRIMARY KEY, vx_order_id VARCHAR(50), withdraw_time DATETIME) ENGINE=InnoDB;
INSERT INTO rel_credit_customer_files (order_id, customer_id, file_id) VALUES ('o1', '20', 'f1'), ('o2', '20', 'f2'), ('o3', '30', 'f3');
INSERT INTO biz_credit_order_info VALUES ('o2', 'vx2', '2024-01-01 10:00:00'), ('o3', 'vx3', '2024-01-01 11:00:00');

T2: BEGIN;                                         -- expect: ok
T2: DELETE FROM rel_credit_customer_files WHERE order_id = 'o2' AND customer_id = 20;  -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE rel_credit_customer_files IX
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (1)
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (2) delete-marked
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (3)
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X supremum
T1: BEGIN;                                         -- expect: ok
T1: REPLACE INTO biz_credit_order_info (order_id, vx_order_id, withdraw_time) VALUES ('o1', 'vx1', '2024-01-02 09:00:00');  -- expect: ok
T1: DELETE FROM rel_credit_customer_files WHERE order_id = 'o1' AND customer_id = 20;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE biz_credit_order_info IX
--   T1 holds  TABLE rel_credit_customer_files IX
--   T1 waits  RECORD rel_credit_customer_files.PRIMARY X (1)
--   T2 holds  TABLE rel_credit_customer_files IX
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (1)
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (2) delete-marked
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X (3)
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X supremum
T2: UPDATE biz_credit_order_info SET withdraw_time = '2024-01-03 00:00:00' WHERE order_id = 'o2' OR vx_order_id = 'vx2';  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD rel_credit_customer_files.PRIMARY X (1)
--     behind T2 holds  RECORD rel_credit_customer_files.PRIMARY X (1)
--   T2 waits  RECORD biz_credit_order_info.PRIMARY X ('o1')
--     behind T1 holds  RECORD biz_credit_order_info.PRIMARY X,REC_NOT_GAP ('o1')
-- @locks
--   T1 holds  TABLE biz_credit_order_info IX
--   T1 holds  TABLE rel_credit_customer_files IX
--   T1 holds  RECORD biz_credit_order_info.PRIMARY X,REC_NOT_GAP ('o1')
--   T1 holds  RECORD rel_credit_customer_files.PRIMARY X (1) delete-marked
--   T1 holds  RECORD rel_credit_customer_files.PRIMARY X (2)
--   T1 holds  RECORD rel_credit_customer_files.PRIMARY X (3)
--   T1 holds  RECORD rel_credit_customer_files.PRIMARY X supremum
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
