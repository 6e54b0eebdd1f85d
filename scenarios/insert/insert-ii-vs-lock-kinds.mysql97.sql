-- @name: insert-ii-vs-lock-kinds
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, insert intention against each kind of lock on the next record: T1's
-- S,GAP on 20 (miss 15) blocks inserts into 10..20; T1's X,REC_NOT_GAP on 40
-- does not block the insert of 35; T1's S next-key on the supremum (id > 45)
-- blocks inserts at the end. Two insert intentions into the same gap (T2 12,
-- T3 14) do not block each other: both wait only for T1.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 15 LOCK IN SHARE MODE;  -- expect: ok
T1: SELECT * FROM t WHERE id = 40 FOR UPDATE;      -- expect: ok
T1: SELECT * FROM t WHERE id > 45 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.PRIMARY S supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: ok
T2: INSERT INTO t VALUES (12, 12, 0);              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (14, 14, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.PRIMARY S supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: INSERT INTO t VALUES (50, 50, 0);              -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
