-- @name: rules14-select-star-secondary-range-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, SELECT * ... FOR UPDATE through a secondary range (k BETWEEN 200 AND 300): the
-- range-end bookkeeping. Are the matching rows' PRIMARY locks (20, 30) kept after the scan
-- stops at (400, 40), and is anything of 40 kept? T2 updates the last matching row 30, T3
-- updates row 40.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 300 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 40;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
