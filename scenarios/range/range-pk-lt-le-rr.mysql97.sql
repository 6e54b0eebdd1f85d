-- @name: range-pk-lt-le-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, PRIMARY ranges. T1: id < 25 locks 10 and 20 next-key and also the first
-- record past the range (30) with a next-key lock. T2: id > 30 AND id <= 40
-- LOCK IN SHARE MODE: S next-key on 40 and on 50 (past the range; MariaDB
-- still locks it, MySQL 8.0.18+ would not). Inserts of 25 and 45 wait.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id < 25 FOR UPDATE;     -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT id FROM t WHERE id > 30 AND id <= 40 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S (40)
--   T3 holds  nothing
T3: INSERT INTO t VALUES (45, 45, 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S (40)
--   T3 holds  TABLE t IX
T2: COMMIT;                                        -- expect: ok
T3: INSERT INTO t VALUES (25, 25, 0);              -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
