-- @name: edge-set-isolation-mid-trx
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED inside an open RR
-- transaction does not change that transaction: T1's UPDATE of k = 40 after
-- the SET still takes next-key and gap locks like the one before it, so T2's
-- insert of k = 45 and T3's of k = 25 both wait until T1 commits. T1's next
-- transaction runs in RC: its UPDATE of k = 50 takes no gap lock and T2's
-- insert of k = 55 goes through.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE k = 20;               -- expect: ok
T1: SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;  -- expect: ok
T1: UPDATE t SET v = 1 WHERE k = 40;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X (40, 4)
--   T1 holds  RECORD t.idx_k X,GAP (50, 5)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (7, 45, 0);               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (8, 25, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X (40, 4)
--   T1 holds  RECORD t.idx_k X,GAP (50, 5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (50, 5)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 2 WHERE k = 50;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (50, 5)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (9, 55, 0);               -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
