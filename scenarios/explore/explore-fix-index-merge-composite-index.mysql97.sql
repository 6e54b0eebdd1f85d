-- @name: explore-fix-index-merge-composite-index
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed001 (READ COMMITTED, index merge intersection locks every row
-- of the user): a composite index on (user_id, loan_order_no, seq_no) lets
-- each UPDATE find exactly its row. No interleaving deadlocks.
-- @isolation: READ COMMITTED
CREATE TABLE repay_plan_info (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, loan_order_no VARCHAR(20) NOT NULL, seq_no INT NOT NULL, repay_status VARCHAR(10) NOT NULL DEFAULT 'INIT', KEY idx_user_id (user_id), KEY idx_loan_order_no (loan_order_no), KEY idx_user_loan_seq (user_id, loan_order_no, seq_no)) ENGINE=InnoDB;
INSERT INTO repay_plan_info (user_id, loan_order_no, seq_no) VALUES (1, 'L1', 1), (1, 'L1', 2), (1, 'L1', 3), (1, 'L2', 1), (1, 'L2', 2), (1, 'L2', 3), (2, 'L3', 1), (2, 'L3', 2), (2, 'L3', 3), (3, 'L4', 1), (3, 'L4', 2), (3, 'L4', 3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: UPDATE repay_plan_info SET repay_status = 'PAYING' WHERE id = 4;  -- expect: ok
T1: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L1' AND seq_no = 1 AND repay_status <> 'PAYOFF';  -- expect: ok
T2: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L2' AND seq_no = 2 AND repay_status <> 'PAYOFF';  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
