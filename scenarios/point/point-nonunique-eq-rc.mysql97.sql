-- @name: point-nonunique-eq-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, FOR UPDATE by equality on a non-unique index: X,REC_NOT_GAP on the
-- matching secondary entries and their PRIMARY rows only; inserts with k=20
-- itself go through, an UPDATE of a matching row waits.
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
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (8, 20, 0);               -- expect: ok
T2: INSERT INTO t VALUES (9, 25, 0);               -- expect: ok
T3: UPDATE t SET v = 1 WHERE id = 3;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 3)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
