-- @name: range-pk-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, PRIMARY ranges <, >=, BETWEEN: X,REC_NOT_GAP on the rows inside the
-- range only; the row past the range (30) is locked and released, no gap, no
-- supremum lock. Inserts in and around the range go through; an UPDATE of a
-- row inside the range waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id < 25;              -- expect: ok
T1: SELECT id FROM t WHERE id >= 55 FOR UPDATE;    -- expect: ok
T1: SELECT id FROM t WHERE id BETWEEN 35 AND 45 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (40)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (60)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (15, 15, 0);              -- expect: ok
T2: INSERT INTO t VALUES (25, 25, 0);              -- expect: ok
T2: INSERT INTO t VALUES (70, 70, 0);              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 40;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (40)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (60)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
