-- @name: edge-in-list-secondary-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, IN (...) on a non-unique secondary index: each value is its own range;
-- k IN (20, 50) FOR UPDATE locks (20, 2) and (50, 5) next-key, the gaps
-- before the next entries (30, 60) and the PRIMARY rows. Between the two
-- values (k = 35) the insert goes through; k = 25 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0),(9,90,0),(10,100,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX (idx_k) WHERE k IN (20, 50) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X (50, 5)
--   T1 holds  RECORD t.idx_k X,GAP (60, 6)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (11, 35, 0);              -- expect: ok
T3: INSERT INTO t VALUES (12, 25, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X (50, 5)
--   T1 holds  RECORD t.idx_k X,GAP (60, 6)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
