-- @name: iso-transaction-characteristics
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- START TRANSACTION READ ONLY: a write fails with 1792 and takes no lock, a
-- locking read still locks. SET TRANSACTION ISOLATION LEVEL inside a
-- transaction fails with 1568; SET SESSION ... applies to the next
-- transaction (T2 then reads at READ COMMITTED: no gap lock).
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0);

T1: START TRANSACTION READ ONLY;                   -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 10;              -- expect: error 1792
T1: SELECT * FROM t WHERE id = 20 FOR UPDATE;      -- expect: error 1792
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SET TRANSACTION ISOLATION LEVEL READ COMMITTED;  -- expect: error 1568
T2: SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;  -- expect: ok
T2: SELECT * FROM t WHERE id = 15 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,GAP (20)
T2: COMMIT;                                        -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT * FROM t WHERE id = 15 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
T2: COMMIT;                                        -- expect: ok
