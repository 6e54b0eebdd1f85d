-- @name: rules14-delete-secondary-range-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, the same DELETE as rules14-delete-secondary-range-rr: at READ COMMITTED, does the
-- PRIMARY lock on row 30 (the entry past the range) stay? T2 updates row 30.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE k > 150 AND k < 250;       -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20) delete-marked
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20) delete-marked
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
