-- @name: probe-serializable-select-secondary
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: SERIALIZABLE
-- SERIALIZABLE, plain SELECT * through a non-unique secondary index inside a
-- transaction: S next-key on idx_k (20, 20), S,GAP on the next entry, and an
-- S,REC_NOT_GAP on PRIMARY 20. T2's UPDATE of row 20 waits; T3's plain
-- SELECT of the same row (S) does not. T2's insert of k=25 after both commit.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 20;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k S (20, 20)
--   T1 holds  RECORD t.idx_k S,GAP (30, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T3: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 20;  -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k S (20, 20)
--   T1 holds  RECORD t.idx_k S,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T3 holds  RECORD t.idx_k S (20, 20)
--   T3 holds  RECORD t.idx_k S,GAP (30, 30)
T1: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: INSERT INTO t VALUES (25,25,2);                -- expect: ok
T2: COMMIT;                                        -- expect: ok
