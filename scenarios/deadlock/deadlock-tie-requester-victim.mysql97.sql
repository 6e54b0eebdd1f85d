-- @name: deadlock-tie-requester-victim
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Two transactions with equal weight (one row updated and one lock struct
-- each on t) lock rows in opposite order. T1 waits first; T2's request closes
-- the cycle and, at equal weight, the requester T2 is rolled back
-- (deadlock); T1's waiting UPDATE then proceeds within the same step.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T2: UPDATE t SET v = 2 WHERE id = 1;               -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
