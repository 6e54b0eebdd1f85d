-- @name: delete-missing-then-insert-same-key
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: scenarios/seeds/logs/delete-missing-then-insert-same-key.txt (Percona Server 5.7.19, RR)
-- Table tb has no primary key (InnoDB adds GEN_CLUST_INDEX) and a non-unique
-- index idx_order_id; order_id 15 does not exist (neighbours 10 and 20).
-- Both transactions DELETE order_id 15 first: a search for a missing key at
-- RR takes X,GAP on the next entry (20) - gap locks never conflict, so both
-- are granted. Both then run the log's "insert into tb select 15": the
-- GEN_CLUST_INDEX row is inserted first (the log's "undo log entries 1"),
-- then the secondary insert needs X,GAP,INSERT_INTENTION on (20), which
-- waits for the other transaction's X,GAP ("lock_mode X locks gap before rec
-- insert intention waiting" on idx_order_id in both halves of the log).
-- Mapping: log (2) was ACTIVE longer (201 s vs 135 s) and its insert closed the
-- cycle (5.7 prints the requester as (2)), so T2 deletes first and inserts
-- last; log (1) = T1 inserts first and waits. With equal weight (3 lock
-- structs, 1 undo entry each, as in the log) the requester T2 is rolled back:
-- WE ROLL BACK TRANSACTION (2). Same deadlock as seed003-5b with the delete
-- order of the log.
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
INSERT INTO tb VALUES (10),(20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
T1: DELETE FROM tb WHERE order_id = 15;            -- expect: ok
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T2 holds  TABLE tb IX
--   T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)
T1: INSERT INTO tb SELECT 15;                      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE tb IX
--   T1 holds  RECORD tb.idx_order_id X,GAP (20, #2)
--   T1 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)
--   T2 holds  TABLE tb IX
--   T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)
T2: INSERT INTO tb SELECT 15;                      -- expect: deadlock
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
T2: ROLLBACK;                                      -- expect: ok
