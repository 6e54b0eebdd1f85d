-- @name: rules14-update-secondary-range-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, the same UPDATE through a secondary range as rules14-update-secondary-range-rr:
-- is the PRIMARY record of the first entry past the range (40) locked, and is that lock kept
-- at READ COMMITTED? T2 updates row 40; T3 inserts into the range's gap (no gap locks at RC).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t FORCE INDEX (idx_k) SET v = 1 WHERE k BETWEEN 200 AND 300;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T3: INSERT INTO t VALUES (35, 350, 0);             -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 40;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
