-- @name: deadlock-three-session-middle-victim
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Three-session cycle where the lightest transaction is in the middle: T1
-- and T3 have modified extra rows in log, T2 has not. T3's request closes
-- the cycle; T2, an earlier waiter, is rolled back (blocked -> deadlock).
-- T1 then gets row 2 at once, and T3, still waiting for row 1, proceeds when
-- T1 commits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE log (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0);
INSERT INTO log VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE log SET v = 1 WHERE id IN (1, 2);       -- expect: ok
T3: UPDATE log SET v = 3 WHERE id IN (3, 4);       -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 3;               -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
T2: UPDATE t SET v = 2 WHERE id = 3;               -- expect: blocked -> deadlock
T3: UPDATE t SET v = 3 WHERE id = 1;               -- expect: blocked -> ok
-- released: T1 -> ok
-- released: T2 -> deadlock
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--     behind T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  TABLE log IX
--   T1 holds  TABLE t IX
--   T1 holds  RECORD log.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD log.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  TABLE log IX
--   T3 holds  TABLE t IX
--   T3 holds  RECORD log.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  RECORD log.PRIMARY X,REC_NOT_GAP (4)
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
