-- @name: update-rr-no-semi-consistent
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR counterpart of update-rc-semi-consistent: the full scan of T2's
-- UPDATE ... WHERE v = 3 waits on row 2 locked by T1 although that row does
-- not match; T2 already holds next-key X on row 1.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1),(2,2),(3,3),(4,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 20 WHERE id = 2;              -- expect: ok
T2: UPDATE t SET v = 30 WHERE v = 3;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X (1)
--   T2 waits  RECORD t.PRIMARY X (2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X (1)
--   T2 holds  RECORD t.PRIMARY X (2)
--   T2 holds  RECORD t.PRIMARY X (3)
--   T2 holds  RECORD t.PRIMARY X (4)
--   T2 holds  RECORD t.PRIMARY X supremum
T2: COMMIT;                                        -- expect: ok
