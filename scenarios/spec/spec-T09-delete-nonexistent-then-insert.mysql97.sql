-- @name: spec-T09-delete-nonexistent-then-insert
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T09
-- @isolation T3: READ COMMITTED
-- @isolation T4: READ COMMITTED
-- Purpose: Two DELETEs of missing keys lock the same gap, then both insert into it: deadlock (draft scenario of scenario-format v1).
-- Table and steps of the draft scenario (scenario-format draft v1, research/scenario-format.md),
-- which the spec names as T09: auto-increment PK, idx_order_id, rows order_id 10, 20.
CREATE TABLE tb (id INT PRIMARY KEY AUTO_INCREMENT, order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb (order_id) VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T2: DELETE FROM tb WHERE order_id = 16;            -- expect: ok
-- spec: each DELETE takes X,GAP on idx_order_id entry (20,2) (checkpoint added for it)
-- spec-lock: T1 holds  RECORD tb.idx_order_id X,GAP (20, 2)
-- spec-lock: T2 holds  RECORD tb.idx_order_id X,GAP (20, 2)
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, 2)
--   T2 holds  TABLE tb IX
--   T2 holds  RECORD tb.idx_order_id X,GAP (20, 2)
--   T3 holds  nothing
--   T4 holds  nothing
T1: INSERT INTO tb (order_id) VALUES (15);         -- expect: blocked -> ok
-- spec: tie weights (undo 1 + 3 structs each): the requester T2 is the victim
-- spec-releases: T1
T2: INSERT INTO tb (order_id) VALUES (16);         -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, 2)
--     behind T2 holds  RECORD tb.idx_order_id X,GAP (20, 2)
--   T2 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, 2)
--     behind T1 holds  RECORD tb.idx_order_id X,GAP (20, 2)
-- the draft scenario's checkpoint (no locks listed there)
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (15, 3)
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, 2)
--   T1 holds  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, 2)
--   T2 holds  nothing
--   T3 holds  nothing
--   T4 holds  nothing
-- harness: the draft ends with T1: COMMIT; ROLLBACK here so that the READ COMMITTED variant
-- harness: does not find order_id 15
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "At RC: all steps ok." T3 plays T1 and T4 plays T2 at READ COMMITTED.
T3: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T4: DELETE FROM tb WHERE order_id = 16;            -- expect: ok
T3: INSERT INTO tb (order_id) VALUES (15);         -- expect: ok
T4: INSERT INTO tb (order_id) VALUES (16);         -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
