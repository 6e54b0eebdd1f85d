-- @name: edge-deadlock-three-cycle-outsider-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Three-session cycle T1 -> T2 -> T3 -> T1 with a fourth session T4 waiting
-- on T1's row outside the cycle. T4 waits on row 1 (held by T1) but nobody
-- waits on T4, so it is not part of the cycle; T3's request closes the cycle
-- and T3 (equal weight, requester) is the victim. T4 is granted row 1 only
-- when T1 commits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0),(5,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 3;               -- expect: ok
T4: UPDATE t SET v = 4 WHERE id = 1;               -- expect: blocked -> ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
T2: UPDATE t SET v = 2 WHERE id = 3;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T3: UPDATE t SET v = 3 WHERE id = 1;               -- expect: deadlock
-- released: T2 -> ok
-- deadlock: victim T3
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--     behind T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  nothing
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
T3: ROLLBACK;                                      -- expect: ok
