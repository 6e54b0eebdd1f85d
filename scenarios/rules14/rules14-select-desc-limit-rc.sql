-- @name: rules14-select-desc-limit-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, the backward scan of rules14-select-desc-limit-rr: is the PRIMARY record of the entry
-- below the range (10) locked and kept at READ COMMITTED? T2 updates row 10, T3 inserts below
-- the range.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 350 ORDER BY k DESC LIMIT 5 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (100, 10)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T3: INSERT INTO t VALUES (15, 150, 0);             -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 10;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (100, 10)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
