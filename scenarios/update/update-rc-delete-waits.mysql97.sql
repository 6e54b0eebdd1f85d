-- @name: update-rc-delete-waits
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC: DELETE has no semi-consistent read. T1 holds row 2 (v 2 -> 20). T2's
-- UPDATE ... WHERE v = 4 skips row 2 (its committed v = 2 does not match)
-- and commits. T3's DELETE ... WHERE v = 3 waits on row 2 anyway, although
-- row 2 does not match, and deletes row 3 after T1 commits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1),(2,2),(3,3),(4,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 20 WHERE id = 2;              -- expect: ok
T2: UPDATE t SET v = 40 WHERE v = 4;               -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: DELETE FROM t WHERE v = 3;                     -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
T3: COMMIT;                                        -- expect: ok
