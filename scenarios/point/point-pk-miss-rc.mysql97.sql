-- @name: point-pk-miss-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, PRIMARY equality on a missing key (inside the table and past the last
-- row): no record lock at all, so inserts into the same gap and at the end
-- do not wait.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4),(50,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 25 FOR UPDATE;      -- expect: ok
T1: DELETE FROM t WHERE id = 99;                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: INSERT INTO t VALUES (25, 0);                  -- expect: ok
T2: INSERT INTO t VALUES (99, 0);                  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
