-- @name: seed003-5-delete-missing-then-insert
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (5): no primary key, non-unique idx_order_id with 10 and 20.
-- Both sessions delete a missing value in the gap (10,20) -> compatible gap
-- locks; then both insert into the gap -> insert intention waits -> deadlock.
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T2: DELETE FROM tb WHERE order_id = 16;            -- expect: ok
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T2 holds  TABLE tb IX
--   T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)
T1: INSERT INTO tb VALUES (15);                    -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T1 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)
--   T2 holds  TABLE tb IX
--   T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)
T2: INSERT INTO tb VALUES (16);                    -- expect: deadlock
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
