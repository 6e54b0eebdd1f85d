-- @name: rules14-rc-wait-primary-no-match-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, a locking read through idx_k waits on a PRIMARY record: T1 locks entry (200, 20) and
-- waits for row 20, which T2 changed so that it no longer matches (v = 9). After T2 commits,
-- which of T1's locks on entry (200, 20) and row 20 remain? T3 then updates row 20.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T2: UPDATE t SET v = 9 WHERE id = 20;              -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 300 AND v = 0 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  nothing
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (200, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
