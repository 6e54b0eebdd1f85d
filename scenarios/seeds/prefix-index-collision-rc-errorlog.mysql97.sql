-- @name: prefix-index-collision-rc-errorlog
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: scenarios/seeds/logs/prefix-index-collision-rc-errorlog.txt (MySQL 5.7, RC, error-log form)
-- @isolation: READ COMMITTED
-- Table fund_transfer_stream (the log names the physical shard
-- fund_transfer_stream_0056 in one half) with the prefix index
-- idx_seller_transNo (seller_id, fund_transfer_order_no(20)). The two order
-- numbers of the log, 99010015000805619031958363857 and
-- 99010015000805619031957477256, share their first 20 characters
-- (99010015000805619031), so both rows have the same key in the prefix index
-- and each UPDATE by (seller_id, fund_transfer_order_no) visits both entries
-- and must read both PRIMARY rows to compare the full order number.
-- Both transactions have already modified their own row by PRIMARY (the log
-- shows undo log entries 1 for both and (2) holding the PRIMARY row X,REC_NOT_GAP);
-- the log does not show that statement, here it is an UPDATE by id that
-- leaves state = 'NEW'.
-- Mapping: log (1) = T1 (order ...58363857, row 10002), log (2) = T2 (order
-- ...57477256, row 10001). T2's row sorts first among the equal prefix keys,
-- so T1's scan locks the entry ('38921111', '99010015000805619031', 10001)
-- X,REC_NOT_GAP and waits for PRIMARY X,REC_NOT_GAP (10001), which T2 holds
-- from its first UPDATE; T2's scan starts at the same entry and waits for
-- T1. Both wait on the same row, as in the log ((1) holds the index record,
-- waits the PRIMARY record that (2) holds, (2) waits that index record). T2
-- has fewer lock structs (3 against 4; the log has 302 against 304) and the
-- same undo count, so T2 is rolled back: WE ROLL BACK TRANSACTION (2).
-- Difference: the log's ~300 extra lock structs per transaction (left by
-- earlier statements of the transactions) are not reproduced. Same mechanism
-- as seed003-6 with the log's columns and order numbers.
CREATE TABLE fund_transfer_stream (id BIGINT NOT NULL AUTO_INCREMENT, gmt_create DATETIME NOT NULL, gmt_modified DATETIME NOT NULL, seller_id VARCHAR(32) NOT NULL, buyer_id VARCHAR(32) NOT NULL, fund_transfer_order_no VARCHAR(64) NOT NULL, out_biz_no VARCHAR(64) NOT NULL, amount BIGINT NOT NULL, currency VARCHAR(8) NOT NULL DEFAULT 'CNY', state VARCHAR(32) NOT NULL, PRIMARY KEY (id), KEY idx_seller_transNo (seller_id, fund_transfer_order_no(20))) ENGINE=InnoDB;
INSERT INTO fund_transfer_stream (id, gmt_create, gmt_modified, seller_id, buyer_id, fund_transfer_order_no, out_biz_no, amount, currency, state) VALUES (10001, '2019-03-19 21:44:20', '2019-03-19 21:44:20', '38921111', '2088001', '99010015000805619031957477256', 'OB20190319000001', 1500, 'CNY', 'NEW'), (10002, '2019-03-19 21:44:21', '2019-03-19 21:44:21', '38921111', '2088002', '99010015000805619031958363857', 'OB20190319000002', 2600, 'CNY', 'NEW'), (10003, '2019-03-19 21:44:21', '2019-03-19 21:44:21', '38921112', '2088003', '99010015000805619031958400000', 'OB20190319000003', 700, 'CNY', 'NEW');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE fund_transfer_stream SET gmt_modified = NOW() WHERE id = 10002;  -- expect: ok
T2: UPDATE fund_transfer_stream SET gmt_modified = NOW() WHERE id = 10001;  -- expect: ok
-- @locks
--   T1 holds  TABLE fund_transfer_stream IX
--   T1 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10002)
--   T2 holds  TABLE fund_transfer_stream IX
--   T2 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
T1: UPDATE fund_transfer_stream SET gmt_modified = NOW(), state = 'PROCESSING' WHERE ((state = 'NEW') AND (seller_id = '38921111') AND (fund_transfer_order_no = '99010015000805619031958363857'));  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE fund_transfer_stream IX
--   T1 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10002)
--   T1 holds  RECORD fund_transfer_stream.idx_seller_transNo X,REC_NOT_GAP ('38921111', '99010015000805619031', 10001)
--   T1 waits  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
--   T2 holds  TABLE fund_transfer_stream IX
--   T2 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
T2: UPDATE fund_transfer_stream SET gmt_modified = NOW(), state = 'PROCESSING' WHERE ((state = 'NEW') AND (seller_id = '38921111') AND (fund_transfer_order_no = '99010015000805619031957477256'));  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
--     behind T2 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
--   T2 waits  RECORD fund_transfer_stream.idx_seller_transNo X,REC_NOT_GAP ('38921111', '99010015000805619031', 10001)
--     behind T1 holds  RECORD fund_transfer_stream.idx_seller_transNo X,REC_NOT_GAP ('38921111', '99010015000805619031', 10001)
-- @locks
--   T1 holds  TABLE fund_transfer_stream IX
--   T1 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10001)
--   T1 holds  RECORD fund_transfer_stream.PRIMARY X,REC_NOT_GAP (10002)
--   T1 holds  RECORD fund_transfer_stream.idx_seller_transNo X,REC_NOT_GAP ('38921111', '99010015000805619031', 10002)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
