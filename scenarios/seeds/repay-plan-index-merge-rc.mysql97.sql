-- @name: repay-plan-index-merge-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: scenarios/seeds/logs/repay-plan-index-merge-rc.txt (MySQL 5.7, RC)
-- @isolation: READ COMMITTED
-- Table repay_plan_info_1 with KEY idx_user_id (user_id) and a second index on
-- loan_order_no (the log does not name it; "tables in use 3, locked 3" is the
-- index_merge handler pair). Record 1310 of the log (user 938467411690006528,
-- loan LN201906130129401690006528175485, seq_no 2, period amount 20742) is
-- (2)'s target row; (1) updates seq_no 1 of loan LN201907120655461690006528458116.
-- The optimizer (EXPLAIN in json/) picks an index_merge intersection for both
-- UPDATEs, ordered by estimated rows x key length: the user has 5 rows and loan A
-- 3, so T1 runs intersect(idx_user_id, idx_loan_order_no); loan B has 2 rows, so
-- T2 runs intersect(idx_loan_order_no, idx_user_id). Only the first index of
-- an intersection reads the PRIMARY row, and RC keeps every lock taken inside
-- the merge. (1, 1310) is the user's first idx_user_id entry (seq_no 1 of loan B
-- is not in the table; the log shows nothing of it).
-- Mapping, exactly the log's records: log (1) = T1 holds idx_user_id
-- X,REC_NOT_GAP ('938467411690006528', 1310) and waits PRIMARY X,REC_NOT_GAP
-- (1310); log (2) = T2 holds PRIMARY X,REC_NOT_GAP (1310) and waits idx_user_id
-- X,REC_NOT_GAP ('938467411690006528', 1310); T2 is rolled back.
-- Difference: on 5.7 the two UPDATEs ran concurrently and T2's scan took
-- PRIMARY 1310 (via the loan index) before T1's scan reached it. The oracle
-- runs one statement at a time, so each transaction first locks its own plan
-- row by PRIMARY with SELECT ... FOR UPDATE (no undo entries, as in the log):
-- T2's lock on 1310 stands in for the interleaving, and T1's on 1520 gives T1
-- as many lock structs as T2 (4 each), so the tie goes against T2, the
-- transaction whose request closed the cycle (5.7 also rolled back (2)).
-- Variant of seed001 that matches the log record for record.
CREATE TABLE repay_plan_info_1 (id BIGINT NOT NULL AUTO_INCREMENT, repay_plan_no VARCHAR(32) NOT NULL, loan_order_no VARCHAR(64) NOT NULL, seq_no INT NOT NULL, user_id VARCHAR(32) NOT NULL, total_period INT NOT NULL, period_amount BIGINT NOT NULL, principal_amount BIGINT NOT NULL, interest_amount BIGINT NOT NULL, fee BIGINT NOT NULL DEFAULT 0, fine BIGINT NOT NULL DEFAULT 0, actual_pay_period_amount BIGINT NOT NULL DEFAULT 0, actual_pay_principal_amount BIGINT NOT NULL DEFAULT 0, actual_pay_interest_amount BIGINT NOT NULL DEFAULT 0, actual_pay_fee BIGINT NOT NULL DEFAULT 0, actual_pay_fine BIGINT NOT NULL DEFAULT 0, actual_discount_amount BIGINT NOT NULL DEFAULT 0, repay_date VARCHAR(8) NOT NULL, repay_status VARCHAR(16) NOT NULL DEFAULT 'INIT', repay_type VARCHAR(16) NULL, actual_repay_time DATETIME(3) NULL, PRIMARY KEY (id), KEY idx_user_id (user_id), KEY idx_loan_order_no (loan_order_no)) ENGINE=InnoDB;
INSERT INTO repay_plan_info_1 (id, repay_plan_no, loan_order_no, seq_no, user_id, total_period, period_amount, principal_amount, interest_amount, fee, fine, repay_date, repay_status) VALUES (1306, 'RP000000130601', 'LN201906110843221690004411290311', 1, '938467411690004411', 3, 15000, 14400, 600, 0, 0, '20190711', 'PAYOFF'), (1307, 'RP000000130702', 'LN201906110843221690004411290311', 2, '938467411690004411', 3, 15000, 14400, 600, 0, 0, '20190811', 'INIT'), (1308, 'RP000000130803', 'LN201906110843221690004411290311', 3, '938467411690004411', 3, 15000, 14400, 600, 0, 0, '20190911', 'INIT'), (1310, 'RP000000131002', 'LN201906130129401690006528175485', 2, '938467411690006528', 3, 20742, 19912, 830, 0, 0, '20190811', 'INIT'), (1311, 'RP000000131103', 'LN201906130129401690006528175485', 3, '938467411690006528', 3, 20742, 19912, 830, 0, 0, '20190911', 'INIT'), (1313, 'RP000000131301', 'LN201906140911081690007702113350', 1, '938467411690007702', 3, 9800, 9408, 392, 0, 0, '20190714', 'PAYOFF'), (1314, 'RP000000131402', 'LN201906140911081690007702113350', 2, '938467411690007702', 3, 9800, 9408, 392, 0, 0, '20190814', 'INIT'), (1315, 'RP000000131503', 'LN201906140911081690007702113350', 3, '938467411690007702', 3, 9800, 9408, 392, 0, 0, '20190914', 'INIT'), (1520, 'RP000000152001', 'LN201907120655461690006528458116', 1, '938467411690006528', 3, 38027, 36505, 1522, 0, 0, '20190812', 'INIT'), (1521, 'RP000000152102', 'LN201907120655461690006528458116', 2, '938467411690006528', 3, 38027, 36505, 1522, 0, 0, '20190912', 'INIT'), (1522, 'RP000000152203', 'LN201907120655461690006528458116', 3, '938467411690006528', 3, 38027, 36505, 1522, 0, 0, '20191012', 'INIT'), (1523, 'RP000000152301', 'LN201907121002551690009921007781', 1, '938467411690009921', 3, 12000, 11520, 480, 0, 0, '20190812', 'INIT'), (1524, 'RP000000152402', 'LN201907121002551690009921007781', 2, '938467411690009921', 3, 12000, 11520, 480, 0, 0, '20190912', 'INIT'), (1525, 'RP000000152503', 'LN201907121002551690009921007781', 3, '938467411690009921', 3, 12000, 11520, 480, 0, 0, '20191012', 'INIT');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT id, repay_status FROM repay_plan_info_1 WHERE id = 1310 FOR UPDATE;  -- expect: ok
T1: SELECT id, repay_status FROM repay_plan_info_1 WHERE id = 1520 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE repay_plan_info_1 IX
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1520)
--   T2 holds  TABLE repay_plan_info_1 IX
--   T2 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
T1: UPDATE repay_plan_info_1 SET actual_pay_period_amount = 38027, actual_pay_principal_amount = 36015, actual_pay_interest_amount = 1980, actual_pay_fee = 0, actual_pay_fine = 32, actual_discount_amount = 0, repay_status = 'PAYOFF', repay_type = 'OVERDUE', actual_repay_time = '2019-08-12 15:48:15.025' WHERE (user_id = '938467411690006528' AND loan_order_no = 'LN201907120655461690006528458116' AND seq_no = 1 AND repay_status <> 'PAYOFF');  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE repay_plan_info_1 IX
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1520)
--   T1 holds  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1310)
--   T1 holds  RECORD repay_plan_info_1.idx_loan_order_no X,REC_NOT_GAP ('LN2019071206554616900065284581...'(32 bytes), 1520)
--   T1 waits  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
--   T2 holds  TABLE repay_plan_info_1 IX
--   T2 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
T2: UPDATE repay_plan_info_1 SET actual_pay_period_amount = 20742, actual_pay_principal_amount = 19998, actual_pay_interest_amount = 726, actual_pay_fee = 0, actual_pay_fine = 18, actual_discount_amount = 0, repay_status = 'PAYOFF', repay_type = 'OVERDUE', actual_repay_time = '2019-08-12 15:48:15.025' WHERE (user_id = '938467411690006528' AND loan_order_no = 'LN201906130129401690006528175485' AND seq_no = 2 AND repay_status <> 'PAYOFF');  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
--     behind T2 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
--   T2 waits  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1310)
--     behind T1 holds  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1310)
-- @locks
--   T1 holds  TABLE repay_plan_info_1 IX
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1310)
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1520)
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1521)
--   T1 holds  RECORD repay_plan_info_1.PRIMARY X,REC_NOT_GAP (1522)
--   T1 holds  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1520)
--   T1 holds  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1521)
--   T1 holds  RECORD repay_plan_info_1.idx_user_id X,REC_NOT_GAP ('938467411690006528', 1522)
--   T1 holds  RECORD repay_plan_info_1.idx_loan_order_no X,REC_NOT_GAP ('LN2019071206554616900065284581...'(32 bytes), 1520)
--   T1 holds  RECORD repay_plan_info_1.idx_loan_order_no X,REC_NOT_GAP ('LN2019071206554616900065284581...'(32 bytes), 1521)
--   T1 holds  RECORD repay_plan_info_1.idx_loan_order_no X,REC_NOT_GAP ('LN2019071206554616900065284581...'(32 bytes), 1522)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
