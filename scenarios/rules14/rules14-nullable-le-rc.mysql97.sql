-- @name: rules14-nullable-le-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, UPDATE ... WHERE k <= 100 on a nullable indexed column (FORCE INDEX (idx_k)): the NULL
-- entries are outside the range. T2 updates row 10 (k NULL), T3 updates row 30 (the match).
CREATE TABLE t (id INT PRIMARY KEY, k INT NULL, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,NULL,0),(20,NULL,0),(30,100,0),(40,200,0),(50,300,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t FORCE INDEX (idx_k) SET v = 1 WHERE k <= 100;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (100, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 10;              -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 30;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (100, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
