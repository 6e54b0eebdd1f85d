-- @name: insert-intention-granted-then-waits-again-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, an insert whose insert intention is granted after a wait checks the gap
-- again and can wait a second time. T3's insert into the gap before (2, 15)
-- waits for T1's next-key lock on it; T4's locking read of k = 2 queues
-- behind T2's row lock. T1's COMMIT grants T3's insert intention, but the
-- insert re-checks and now meets T4's waiting X (2, 15): T3 holds the granted
-- insert intention and waits for a new one, on both servers. When T2 commits,
-- T4 gets the record first and T3 stays waiting until its timeout.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1,0),(20,2,0),(30,2,0),(40,3,0);

T2: BEGIN;                                         -- expect: ok
T2: INSERT INTO t VALUES (15, 2, 0);               -- expect: ok
T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 1 FOR UPDATE;  -- expect: ok
T3: BEGIN;                                         -- expect: ok
T3: INSERT INTO t VALUES (12, 1, 0);               -- expect: blocked -> timeout
T4: BEGIN;                                         -- expect: ok
T4: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 2 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.idx_k X (1, 10)
--   T1 holds  RECORD t.idx_k X,GAP (2, 15)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (2, 15)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (2, 15)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.idx_k X (2, 15)
T1: COMMIT;                                        -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (2, 15)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.idx_k X,GAP,INSERT_INTENTION (2, 15)
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (2, 15)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.idx_k X (2, 15)
T2: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.idx_k X,GAP,INSERT_INTENTION (2, 15)
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (2, 15)
--   T4 holds  TABLE t IX
--   T4 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T4 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T4 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T4 holds  RECORD t.idx_k X (2, 15)
--   T4 holds  RECORD t.idx_k X (2, 20)
--   T4 holds  RECORD t.idx_k X (2, 30)
--   T4 holds  RECORD t.idx_k X,GAP (3, 40)
-- released: T3 -> timeout (waited for before this step)
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
