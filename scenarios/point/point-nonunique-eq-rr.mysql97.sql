-- @name: point-nonunique-eq-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, FOR UPDATE by equality on a non-unique index with two matching rows:
-- X next-key on both (20, id) entries, X,REC_NOT_GAP on both PRIMARY rows,
-- X,GAP on the first non-matching entry (30, 5). Inserts of k=15 and k=25
-- wait, k=35 does not; the row behind the gap-locked entry is free.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,20,0),(5,30,0),(6,40,0),(7,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE k = 20 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (20, 3)
--   T1 holds  RECORD t.idx_k X,GAP (30, 5)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (8, 15, 0);               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (9, 35, 0);               -- expect: ok
T3: UPDATE t SET v = 1 WHERE id = 5;               -- expect: ok
T3: INSERT INTO t VALUES (10, 25, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X (20, 2)
--   T1 holds  RECORD t.idx_k X (20, 3)
--   T1 holds  RECORD t.idx_k X,GAP (30, 5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (20, 2)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 5)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
