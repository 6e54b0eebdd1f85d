-- @name: explore-fix-prefix-full-index
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-6 (READ COMMITTED, a 20-character prefix index whose
-- prefixes collide): index the whole column, so each UPDATE visits only its
-- own entry. No interleaving deadlocks.
-- @isolation: READ COMMITTED
CREATE TABLE pay_order (id INT PRIMARY KEY, seller_id INT NOT NULL, fund_transfer_order_no VARCHAR(64) NOT NULL, status INT NOT NULL DEFAULT 0, KEY idx_seller_transNo (seller_id, fund_transfer_order_no)) ENGINE=InnoDB;
INSERT INTO pay_order VALUES (1, 7, '20240101000000000000-A', 0), (2, 7, '20240101000000000000-B', 0), (3, 8, '20240101000000000000-C', 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE pay_order SET status = 1 WHERE id = 1 AND seller_id = 7;  -- expect: ok
T2: UPDATE pay_order SET status = 1 WHERE id = 2 AND seller_id = 7;  -- expect: ok
T1: UPDATE pay_order SET status = 2 WHERE seller_id = 7 AND fund_transfer_order_no = '20240101000000000000-A';  -- expect: ok
T2: UPDATE pay_order SET status = 2 WHERE seller_id = 7 AND fund_transfer_order_no = '20240101000000000000-B';  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
