-- @name: seed001c-rc-single-index-plan
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 001 control, READ COMMITTED: the same schedule as
-- seed001-rc-index-merge-deadlock but with index_merge_intersection switched
-- off in both sessions, so each UPDATE uses a single index (ref), RC releases
-- the non-matching rows, and the sessions do not conflict.
-- @isolation: READ COMMITTED
CREATE TABLE repay_plan_info (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, loan_order_no VARCHAR(20) NOT NULL, seq_no INT NOT NULL, repay_status VARCHAR(10) NOT NULL DEFAULT 'INIT', KEY idx_user_id (user_id), KEY idx_loan_order_no (loan_order_no)) ENGINE=InnoDB;
INSERT INTO repay_plan_info (user_id, loan_order_no, seq_no) VALUES (1, 'L1', 1), (1, 'L1', 2), (1, 'L1', 3), (1, 'L2', 1), (1, 'L2', 2), (1, 'L2', 3), (2, 'L3', 1), (2, 'L3', 2), (2, 'L3', 3), (3, 'L4', 1), (3, 'L4', 2), (3, 'L4', 3);

T1: SET SESSION optimizer_switch = 'index_merge_intersection=off';  -- expect: ok
T2: SET SESSION optimizer_switch = 'index_merge_intersection=off';  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: UPDATE repay_plan_info SET repay_status = 'PAYING' WHERE id = 4;  -- expect: ok
T1: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L1' AND seq_no = 1 AND repay_status <> 'PAYOFF';  -- expect: ok
-- @locks
--   T1 holds  TABLE repay_plan_info IX
--   T1 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L1', 1)
--   T2 holds  TABLE repay_plan_info IX
--   T2 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (4)
T2: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L2' AND seq_no = 2 AND repay_status <> 'PAYOFF';  -- expect: ok
-- @locks
--   T1 holds  TABLE repay_plan_info IX
--   T1 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L1', 1)
--   T2 holds  TABLE repay_plan_info IX
--   T2 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L2', 5)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
