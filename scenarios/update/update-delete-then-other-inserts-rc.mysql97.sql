-- @name: update-delete-then-other-inserts-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC version of update-delete-then-other-inserts-rr: the same wait on the
-- delete-marked record (S,REC_NOT_GAP requested at RC too), and T2's insert
-- succeeds after T1's COMMIT.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE id = 20;                   -- expect: ok
T2: INSERT INTO t VALUES (20, 20, 5);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
