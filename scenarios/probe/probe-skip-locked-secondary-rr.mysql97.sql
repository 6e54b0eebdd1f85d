-- @name: probe-skip-locked-secondary-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, SKIP LOCKED through a secondary index with LIMIT: T1 holds k=20
-- (idx_k and PRIMARY). T2's k >= 10 ORDER BY k LIMIT 2 FOR UPDATE SKIP LOCKED
-- skips the locked entry and returns 10 and 30; which locks it keeps.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 20 FOR UPDATE;  -- expect: ok
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k >= 10 ORDER BY k LIMIT 2 FOR UPDATE SKIP LOCKED;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  RECORD t.idx_k X (10, 10)
--   T2 holds  RECORD t.idx_k X (30, 30)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
