-- @name: seed002b-string-literal-uses-index
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 002 control: the same DELETEs with a string literal for customer_id
-- use idx_customer_order, lock only the matching entries, and do not block.
CREATE TABLE rel_credit_customer_files (id INT PRIMARY KEY AUTO_INCREMENT, order_id VARCHAR(32) NOT NULL, customer_id VARCHAR(32) NOT NULL, file_id VARCHAR(32) NOT NULL, KEY idx_customer_order (customer_id, order_id)) ENGINE=InnoDB;
INSERT INTO rel_credit_customer_files (order_id, customer_id, file_id) VALUES ('o1', '20', 'f1'), ('o2', '20', 'f2'), ('o3', '30', 'f3');

T2: BEGIN;                                         -- expect: ok
T2: DELETE FROM rel_credit_customer_files WHERE order_id = 'o2' AND customer_id = '20';  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T1: DELETE FROM rel_credit_customer_files WHERE order_id = 'o1' AND customer_id = '20';  -- expect: ok
-- @locks
--   T1 holds  TABLE rel_credit_customer_files IX
--   T1 holds  RECORD rel_credit_customer_files.PRIMARY X,REC_NOT_GAP (1) delete-marked
--   T1 holds  RECORD rel_credit_customer_files.idx_customer_order X ('20', 'o1', 1) delete-marked
--   T1 holds  RECORD rel_credit_customer_files.idx_customer_order X,GAP ('20', 'o2', 2) delete-marked
--   T2 holds  TABLE rel_credit_customer_files IX
--   T2 holds  RECORD rel_credit_customer_files.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T2 holds  RECORD rel_credit_customer_files.idx_customer_order X ('20', 'o2', 2) delete-marked
--   T2 holds  RECORD rel_credit_customer_files.idx_customer_order X,GAP ('30', 'o3', 3)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
