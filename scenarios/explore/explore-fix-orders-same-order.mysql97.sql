-- @name: explore-fix-orders-same-order
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-2 (orders updated by product in opposite orders): both
-- transactions update product 1 before product 2. No interleaving deadlocks.
CREATE TABLE orders (id INT PRIMARY KEY, product_id INT NOT NULL, status INT NOT NULL DEFAULT 0, KEY idx_product_id (product_id)) ENGINE=InnoDB;
INSERT INTO orders VALUES (1, 1, 0), (2, 1, 0), (3, 2, 0), (4, 2, 0), (5, 3, 0);
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE orders SET status = 1 WHERE product_id = 1;  -- expect: ok
T2: UPDATE orders SET status = 2 WHERE product_id = 1;  -- expect: blocked -> ok
T1: UPDATE orders SET status = 1 WHERE product_id = 2;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: UPDATE orders SET status = 2 WHERE product_id = 2;  -- expect: ok
T2: COMMIT;                                        -- expect: ok
