-- @name: deadlock-three-session-cycle
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Three-session cycle T1 -> T2 -> T3 -> T1 of equal weight: T1 waits for
-- row 2 (T2), T2 for row 3 (T3), and T3's request for row 1 closes the cycle;
-- T3, the requester, is the victim. T2 then gets row 3 and T1 gets row 2
-- when T2 commits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 3;               -- expect: ok
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
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
T1: COMMIT;                                        -- expect: ok
T3: ROLLBACK;                                      -- expect: ok
