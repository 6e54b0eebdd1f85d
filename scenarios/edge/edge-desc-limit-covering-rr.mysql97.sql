-- @name: edge-desc-limit-covering-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, SELECT k FROM t ORDER BY k DESC LIMIT 1 FOR UPDATE with KEY idx_k (k): a backward scan of
-- the covering index from its end reads only the last entry (50, 5). Which locks: the supremum,
-- (50, 5), its PRIMARY row? T2 inserts past the last entry, T3 inserts just below it, T4 updates
-- the row with the second largest k.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT k FROM t ORDER BY k DESC LIMIT 1 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T1 holds  RECORD t.idx_k X (50, 5)
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  nothing
--   T3 holds  nothing
--   T4 holds  nothing
T2: INSERT INTO t VALUES (6, 60, 0);               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (7, 45, 0);               -- expect: blocked -> ok
T4: UPDATE t SET v = 4 WHERE id = 4;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T1 holds  RECORD t.idx_k X (50, 5)
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (50, 5)
--   T4 holds  TABLE t IX
--   T4 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
