-- @name: seed003-2-orders-product-opposite-order
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (2): UPDATE orders by a non-unique index product_id, 1 then 2
-- in T1 and 2 then 1 in T2 (next-key locks on idx_product_id) -> deadlock.
CREATE TABLE orders (id INT PRIMARY KEY, product_id INT NOT NULL, status INT NOT NULL DEFAULT 0, KEY idx_product_id (product_id)) ENGINE=InnoDB;
INSERT INTO orders VALUES (1, 1, 0), (2, 1, 0), (3, 2, 0), (4, 2, 0), (5, 3, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE orders SET status = 1 WHERE product_id = 1;  -- expect: ok
T2: UPDATE orders SET status = 2 WHERE product_id = 2;  -- expect: ok
-- @locks
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD orders.idx_product_id X (1, 1)
--   T1 holds  RECORD orders.idx_product_id X (1, 2)
--   T1 holds  RECORD orders.idx_product_id X,GAP (2, 3)
--   T2 holds  TABLE orders IX
--   T2 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD orders.idx_product_id X (2, 3)
--   T2 holds  RECORD orders.idx_product_id X (2, 4)
--   T2 holds  RECORD orders.idx_product_id X,GAP (3, 5)
T1: UPDATE orders SET status = 1 WHERE product_id = 2;  -- expect: blocked -> ok
T2: UPDATE orders SET status = 2 WHERE product_id = 1;  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD orders.idx_product_id X (2, 3)
--     behind T2 holds  RECORD orders.idx_product_id X (2, 3)
--   T2 waits  RECORD orders.idx_product_id X (1, 1)
--     behind T1 holds  RECORD orders.idx_product_id X (1, 1)
-- @locks
--   T1 holds  TABLE orders IX
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD orders.idx_product_id X (1, 1)
--   T1 holds  RECORD orders.idx_product_id X (1, 2)
--   T1 holds  RECORD orders.idx_product_id X (2, 3)
--   T1 holds  RECORD orders.idx_product_id X,GAP (2, 3)
--   T1 holds  RECORD orders.idx_product_id X (2, 4)
--   T1 holds  RECORD orders.idx_product_id X,GAP (3, 5)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
