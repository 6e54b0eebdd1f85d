-- @name: edge-limit-secondary-for-update-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, locking read through a non-unique secondary index with LIMIT:
-- k >= 20 ORDER BY k LIMIT 2 FOR UPDATE (FORCE INDEX) locks the idx_k entries
-- (20, 2) and (30, 3) next-key and their PRIMARY rows; the scan stops there,
-- so (40, 4) stays free. T2 updates row 4 freely; T3's insert of k = 25 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX (idx_k) WHERE k >= 20 ORDER BY k LIMIT 2 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (30, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 4;               -- expect: ok
T3: INSERT INTO t VALUES (9, 25, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (30, 3)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
