-- @name: explore-fix-delete-insert-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-5 (DELETE of a missing key, then INSERT, in two sessions):
-- under READ COMMITTED the DELETE takes no gap lock, so the inserts never
-- wait for each other and no interleaving deadlocks.
-- @isolation: READ COMMITTED
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T2: DELETE FROM tb WHERE order_id = 16;            -- expect: ok
T1: INSERT INTO tb VALUES (15);                    -- expect: ok
T2: INSERT INTO tb VALUES (16);                    -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
