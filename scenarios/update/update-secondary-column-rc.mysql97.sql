-- @name: update-secondary-column-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, UPDATE of an indexed column through that index (k = 20 -> 35, ref on
-- idx_k): X,REC_NOT_GAP on (20, 20) and PRIMARY 20; the new entry (35, 20) is
-- implicit. T2's FOR UPDATE on k = 35 converts it and waits. After T1's
-- COMMIT T2 returns row 20.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k = 35 WHERE k = 20;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20) delete-marked
--   T2 holds  nothing
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 35 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (35, 20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,REC_NOT_GAP (35, 20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (35, 20)
T2: COMMIT;                                        -- expect: ok
