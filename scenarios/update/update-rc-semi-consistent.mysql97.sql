-- @name: update-rc-semi-consistent
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC semi-consistent read on a full scan (v is not indexed). T1 holds row 2
-- (v 2 -> 20). T2's UPDATE ... WHERE v = 3 meets the locked row 2, reads its
-- last committed version (v = 2), which does not match, and skips it without
-- waiting. T3's UPDATE ... WHERE v = 2 matches the committed version and
-- waits; after T1's COMMIT it re-reads v = 20 and updates nothing, but keeps
-- X,REC_NOT_GAP on row 2: a lock granted after a wait is not released for a
-- non-matching row at RC (see the errata, T19).
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1),(2,2),(3,3),(4,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 20 WHERE id = 2;              -- expect: ok
T2: UPDATE t SET v = 30 WHERE v = 3;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  nothing
T3: UPDATE t SET v = 0 WHERE v = 2;                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
