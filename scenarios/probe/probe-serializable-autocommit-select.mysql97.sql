-- @name: probe-serializable-autocommit-select
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: SERIALIZABLE
-- SERIALIZABLE, T2 runs plain SELECTs with autocommit (no BEGIN): each is its
-- own read-only transaction, a consistent read that takes no locks, so it
-- does not wait for T1's X lock on row 20. Inside a transaction (T3) the
-- same SELECT waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: SELECT * FROM t WHERE id = 20;                 -- expect: ok
T2: SELECT * FROM t FORCE INDEX (idx_k) WHERE k >= 10 AND k <= 30;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T3: SELECT * FROM t WHERE id = 20;                 -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
