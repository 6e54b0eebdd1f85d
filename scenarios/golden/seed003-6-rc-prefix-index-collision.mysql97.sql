-- @name: seed003-6-rc-prefix-index-collision
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (6), READ COMMITTED: each transaction first updates its own
-- row by PRIMARY, then by the prefix index idx_seller_transNo whose 20-char
-- prefixes of the two rows collide, so each scan also visits the other row:
-- T1 holds the other row's secondary record and waits on its PRIMARY record,
-- T2 holds that PRIMARY record and waits on the secondary record.
-- @isolation: READ COMMITTED
CREATE TABLE pay_order (id INT PRIMARY KEY, seller_id INT NOT NULL, fund_transfer_order_no VARCHAR(64) NOT NULL, status INT NOT NULL DEFAULT 0, KEY idx_seller_transNo (seller_id, fund_transfer_order_no(20))) ENGINE=InnoDB;
INSERT INTO pay_order VALUES (1, 7, '20240101000000000000-A', 0), (2, 7, '20240101000000000000-B', 0), (3, 8, '20240101000000000000-C', 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE pay_order SET status = 1 WHERE id = 1 AND seller_id = 7;  -- expect: ok
T2: UPDATE pay_order SET status = 1 WHERE id = 2 AND seller_id = 7;  -- expect: ok
T1: UPDATE pay_order SET status = 2 WHERE seller_id = 7 AND fund_transfer_order_no = '20240101000000000000-A';  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE pay_order IX
--   T1 holds  RECORD pay_order.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD pay_order.idx_seller_transNo X,REC_NOT_GAP (7, '20240101000000000000', 1)
--   T1 holds  RECORD pay_order.idx_seller_transNo X,REC_NOT_GAP (7, '20240101000000000000', 2)
--   T1 waits  RECORD pay_order.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE pay_order IX
--   T2 holds  RECORD pay_order.PRIMARY X,REC_NOT_GAP (2)
T2: UPDATE pay_order SET status = 2 WHERE seller_id = 7 AND fund_transfer_order_no = '20240101000000000000-B';  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD pay_order.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD pay_order.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD pay_order.idx_seller_transNo X,REC_NOT_GAP (7, '20240101000000000000', 1)
--     behind T1 holds  RECORD pay_order.idx_seller_transNo X,REC_NOT_GAP (7, '20240101000000000000', 1)
-- @locks
--   T1 holds  TABLE pay_order IX
--   T1 holds  RECORD pay_order.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD pay_order.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD pay_order.idx_seller_transNo X,REC_NOT_GAP (7, '20240101000000000000', 1)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
