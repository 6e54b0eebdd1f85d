-- @name: seed001b-rc-index-merge-loop-blocks
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 001, READ COMMITTED, the two loops without a prior PRIMARY lock:
-- T1's first index_merge UPDATE keeps every idx_user_id entry of user 1
-- locked, so T2's UPDATE for another loan of the same user blocks until T1
-- commits (no deadlock in this order).
-- @isolation: READ COMMITTED
CREATE TABLE repay_plan_info (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, loan_order_no VARCHAR(20) NOT NULL, seq_no INT NOT NULL, repay_status VARCHAR(10) NOT NULL DEFAULT 'INIT', KEY idx_user_id (user_id), KEY idx_loan_order_no (loan_order_no)) ENGINE=InnoDB;
INSERT INTO repay_plan_info (user_id, loan_order_no, seq_no) VALUES (1, 'L1', 1), (1, 'L1', 2), (1, 'L1', 3), (1, 'L2', 1), (1, 'L2', 2), (1, 'L2', 3), (2, 'L3', 1), (2, 'L3', 2), (2, 'L3', 3), (3, 'L4', 1), (3, 'L4', 2), (3, 'L4', 3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L1' AND seq_no = 1 AND repay_status <> 'PAYOFF';  -- expect: ok
-- @locks
--   T1 holds  TABLE repay_plan_info IX
--   T1 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD repay_plan_info.idx_user_id X,REC_NOT_GAP (1, 1)
--   T1 holds  RECORD repay_plan_info.idx_user_id X,REC_NOT_GAP (1, 2)
--   T1 holds  RECORD repay_plan_info.idx_user_id X,REC_NOT_GAP (1, 3)
--   T1 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L1', 1)
--   T1 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L1', 2)
--   T1 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L1', 3)
--   T2 holds  nothing
T2: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L2' AND seq_no = 1 AND repay_status <> 'PAYOFF';  -- expect: blocked -> ok
T1: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L1' AND seq_no = 2 AND repay_status <> 'PAYOFF';  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L2' AND seq_no = 2 AND repay_status <> 'PAYOFF';  -- expect: ok
T2: COMMIT;                                        -- expect: ok
