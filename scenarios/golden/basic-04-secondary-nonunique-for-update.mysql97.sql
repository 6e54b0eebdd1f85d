-- @name: basic-04-secondary-nonunique-for-update
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, equality on a non-unique secondary index FOR UPDATE: next-key locks on
-- the matching entries, a gap lock on the next entry, X,REC_NOT_GAP on the
-- PRIMARY records. Inserts into both neighbouring gaps wait.
CREATE TABLE t (id INT PRIMARY KEY, k INT NOT NULL, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 10), (2, 20), (3, 20), (4, 30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE k = 20 FOR UPDATE;       -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (20, 3)
--   T1 holds  RECORD t.idx_k X,GAP (30, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 25);                  -- expect: blocked -> ok
T3: INSERT INTO t VALUES (6, 15);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (20, 3)
--   T1 holds  RECORD t.idx_k X,GAP (30, 4)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 4)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (20, 2)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
