-- @name: iso-set-session-step
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- SET SESSION TRANSACTION ISOLATION LEVEL as a step. T1 starts at the file's
-- default (RR), switches to READ COMMITTED before its first transaction: its
-- FOR UPDATE on a missing key takes no gap lock, so T2's insert goes
-- through. T1 then switches back to REPEATABLE READ and the same statement
-- takes X,GAP on 40, which blocks T2's next insert.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 35 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T1: SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 37 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (40)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (36, 36, 0);              -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
