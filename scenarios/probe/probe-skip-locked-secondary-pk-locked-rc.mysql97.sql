-- @name: probe-skip-locked-secondary-pk-locked-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, T1 locks row 20 through PRIMARY only (UPDATE of v): idx_k entry (20, 20)
-- is free. T2 scans idx_k with LIMIT 2 FOR UPDATE SKIP LOCKED: it locks the
-- secondary entry, finds the clustered row locked and skips it (returns 10, 30);
-- shows whether the secondary lock of the skipped row stays.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k >= 10 ORDER BY k LIMIT 2 FOR UPDATE SKIP LOCKED;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (10, 10)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (30, 30)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
