-- @name: edge-set-isolation-mid-trx
-- @server: mariadb-10.11
-- SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED inside an open
-- RR transaction: does the next locking statement of the same transaction
-- still take gap locks? T1's first UPDATE (RR) locks the gap around k = 20;
-- after the SET, its UPDATE of k = 40 shows the level InnoDB applies. T2's
-- inserts of k = 45 and k = 25 show which gaps are locked.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
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
T2: INSERT INTO t VALUES (7, 45, 0);               -- expect: blocked -> timeout
-- released: T2 -> timeout (waited for before this step)
T2: INSERT INTO t VALUES (8, 25, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X (40, 4)
--   T1 holds  RECORD t.idx_k X,GAP (50, 5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
