-- @name: edge-limit-delete-secondary-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, DELETE ... WHERE k >= 20 ORDER BY k LIMIT 2 through idx_k: only the two
-- deleted rows stay locked (X,REC_NOT_GAP on idx_k and PRIMARY), no gap locks.
-- T2 inserts k = 25 freely; T3's locking read of k = 30 waits on the deleted row.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE k >= 20 ORDER BY k LIMIT 2;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (30, 3) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (9, 25, 0);               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 4;               -- expect: ok
T3: SELECT id FROM t WHERE k = 30 FOR UPDATE;      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (30, 3) delete-marked
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,REC_NOT_GAP (30, 3) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
