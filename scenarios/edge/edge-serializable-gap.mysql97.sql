-- @name: edge-serializable-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: SERIALIZABLE
-- SERIALIZABLE, the gap case of a non-unique secondary index: the plain
-- SELECT ... WHERE k = 20 becomes a locking read (S next-key on (20, 2),
-- S,GAP on (30, 3), S,REC_NOT_GAP on row 2). T2's insert of k = 25 waits;
-- T3's plain SELECT of the same row also takes S and does not conflict.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 20;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S,GAP (30, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T3: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 20;  -- expect: ok
T2: INSERT INTO t VALUES (7, 25, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S,GAP (30, 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T3 holds  RECORD t.idx_k S (20, 2)
--   T3 holds  RECORD t.idx_k S,GAP (30, 3)
T1: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
