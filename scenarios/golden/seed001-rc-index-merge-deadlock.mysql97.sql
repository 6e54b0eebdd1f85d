-- @name: seed001-rc-index-merge-deadlock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 001, READ COMMITTED. With idx_user_id and idx_loan_order_no the
-- optimizer picks an index_merge intersection for
-- WHERE user_id=? AND loan_order_no=? AND seq_no=? (see EXPLAIN in the .json).
-- The intersection locks every idx_user_id entry of the user (and the PRIMARY
-- records it visits), and RC does not release them because those rows never
-- reach the server layer. T2 first holds one PRIMARY record of the user (row 4);
-- T1's merge scan waits for it; T2's merge scan then waits for T1's
-- idx_user_id entries -> deadlock (T1 waits PRIMARY, T2 waits idx_user_id).
-- @isolation: READ COMMITTED
CREATE TABLE repay_plan_info (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, loan_order_no VARCHAR(20) NOT NULL, seq_no INT NOT NULL, repay_status VARCHAR(10) NOT NULL DEFAULT 'INIT', KEY idx_user_id (user_id), KEY idx_loan_order_no (loan_order_no)) ENGINE=InnoDB;
INSERT INTO repay_plan_info (user_id, loan_order_no, seq_no) VALUES (1, 'L1', 1), (1, 'L1', 2), (1, 'L1', 3), (1, 'L2', 1), (1, 'L2', 2), (1, 'L2', 3), (2, 'L3', 1), (2, 'L3', 2), (2, 'L3', 3), (3, 'L4', 1), (3, 'L4', 2), (3, 'L4', 3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: UPDATE repay_plan_info SET repay_status = 'PAYING' WHERE id = 4;  -- expect: ok
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
--   T2 holds  TABLE repay_plan_info IX
--   T2 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (4)
T2: UPDATE repay_plan_info SET repay_status = 'PAYOFF' WHERE user_id = 1 AND loan_order_no = 'L2' AND seq_no = 2 AND repay_status <> 'PAYOFF';  -- expect: blocked -> ok
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
--   T2 holds  TABLE repay_plan_info IX
--   T2 holds  RECORD repay_plan_info.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD repay_plan_info.idx_loan_order_no X,REC_NOT_GAP ('L2', 4)
--   T2 waits  RECORD repay_plan_info.idx_user_id X,REC_NOT_GAP (1, 1)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
