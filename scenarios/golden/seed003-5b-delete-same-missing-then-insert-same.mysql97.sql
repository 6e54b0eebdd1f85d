-- @name: seed003-5b-delete-same-missing-then-insert-same
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (5), variant with the same value: both sessions delete the
-- missing order_id 15 (no primary key, non-unique index), then both insert 15.
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T2: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T1: INSERT INTO tb VALUES (15);                    -- expect: blocked -> ok
T2: INSERT INTO tb VALUES (15);                    -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)
--     behind T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T2 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)
--     behind T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (15, #3)
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T1 holds  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
