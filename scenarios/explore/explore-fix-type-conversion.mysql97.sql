-- @name: explore-fix-type-conversion
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed002 (customer_id compared with a number: full scan locking the
-- whole table): compare with a string literal, so the DELETE uses
-- idx_customer_order and locks only its own rows. No interleaving deadlocks.
CREATE TABLE rel_credit_customer_files (id INT PRIMARY KEY AUTO_INCREMENT, order_id VARCHAR(32) NOT NULL, customer_id VARCHAR(32) NOT NULL, file_id VARCHAR(32) NOT NULL, KEY idx_customer_order (customer_id, order_id)) ENGINE=InnoDB;
CREATE TABLE biz_credit_order_info (order_id VARCHAR(32) PRIMARY KEY, vx_order_id VARCHAR(50), withdraw_time DATETIME, KEY idx_vx_order_id (vx_order_id)) ENGINE=InnoDB;
INSERT INTO rel_credit_customer_files (order_id, customer_id, file_id) VALUES ('o1', '20', 'f1'), ('o2', '20', 'f2'), ('o3', '30', 'f3');
INSERT INTO biz_credit_order_info VALUES ('o2', 'vx2', '2024-01-01 10:00:00'), ('o3', 'vx3', '2024-01-01 11:00:00');

T2: BEGIN;                                         -- expect: ok
T2: DELETE FROM rel_credit_customer_files WHERE order_id = 'o2' AND customer_id = '20';  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T1: REPLACE INTO biz_credit_order_info (order_id, vx_order_id, withdraw_time) VALUES ('o1', 'vx1', '2024-01-02 09:00:00');  -- expect: ok
T1: DELETE FROM rel_credit_customer_files WHERE order_id = 'o1' AND customer_id = '20';  -- expect: ok
T2: UPDATE biz_credit_order_info SET withdraw_time = '2024-01-03 00:00:00' WHERE order_id = 'o2';  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
