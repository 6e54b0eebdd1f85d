-- @name: rules14-rc-own-change-secondary-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, a locking read of a secondary entry the reader itself just created: T1 changes row
-- 20's k to 250 (new idx_k entry (250, 20), implicitly locked), then reads k BETWEEN 250 AND
-- 300 FOR UPDATE. Is an explicit lock taken on (250, 20)? T2's locking read of k = 250 then
-- converts T1's implicit lock and waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k = 250 WHERE id = 20;            -- expect: ok
T1: SELECT id FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 250 AND 300 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  nothing
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 250 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (250, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (300, 30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (400, 40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,REC_NOT_GAP (250, 20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
