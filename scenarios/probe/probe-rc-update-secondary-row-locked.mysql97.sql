-- @name: probe-rc-update-secondary-row-locked
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, UPDATE through a secondary index whose clustered row is locked by
-- another session: T1 updated v of row 20. T2's UPDATE ... WHERE k = 20 AND
-- v = 5 (no committed version matches) locks idx_k (20, 20) and waits on
-- PRIMARY 20: no semi-consistent read on a secondary-index scan.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: UPDATE t FORCE INDEX (idx_k) SET v = 2 WHERE k = 20 AND v = 5;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
