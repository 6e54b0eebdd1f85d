-- @name: explore-fix-delete-insert-select-first
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-5 at REPEATABLE READ: check with a plain SELECT (a
-- consistent read, no locks) instead of deleting a row that does not exist,
-- then insert. Without the gap locks of the DELETE nothing can deadlock.
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM tb WHERE order_id = 15;          -- expect: ok
T2: SELECT * FROM tb WHERE order_id = 16;          -- expect: ok
T1: INSERT INTO tb VALUES (15);                    -- expect: ok
T2: INSERT INTO tb VALUES (16);                    -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
