-- @name: basic-09-rc-no-gap-locks
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- READ COMMITTED: the missing-row and range FOR UPDATE statements of the RR
-- cases take no gap locks, so inserts into those gaps succeed at once.
-- @isolation: READ COMMITTED
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (10, 0), (20, 0), (30, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 15 FOR UPDATE;      -- expect: ok
T1: SELECT * FROM t WHERE id > 25 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (12, 2);                  -- expect: ok
T2: INSERT INTO t VALUES (100, 2);                 -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
