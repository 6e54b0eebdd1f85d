-- @name: iso-per-session-mixed
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation T2: READ COMMITTED
-- Per-session isolation: T1 at RR, T2 at RC. T1's FOR UPDATE on k = 20 takes
-- next-key and gap locks, so T2's insert with k = 25 waits even though T2
-- is RC (the inserter's level does not matter). T2's own FOR UPDATE on k = 40
-- takes record locks only, so T1's insert with k = 45 goes through.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT id FROM t WHERE k = 40 FOR UPDATE;      -- expect: ok
T1: SELECT id FROM t WHERE k = 20 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (40, 40)
T1: INSERT INTO t VALUES (45, 45, 0);              -- expect: ok
T2: INSERT INTO t VALUES (25, 25, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (40, 40)
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 30)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
