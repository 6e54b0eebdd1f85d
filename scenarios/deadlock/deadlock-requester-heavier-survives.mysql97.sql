-- @name: deadlock-requester-heavier-survives
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Victim by weight when the requester is lighter: T1 (the earlier waiter)
-- has updated three rows of t2 beforehand; T2 closes the cycle with one
-- modified row and is rolled back (deadlock) - the heavier T1 survives and its
-- waiting UPDATE is granted.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE t2 (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0);
INSERT INTO t2 VALUES (1,0),(2,0),(3,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t2 SET v = 1;                           -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
T2: UPDATE t SET v = 2 WHERE id = 1;               -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE t2 IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t2.PRIMARY X (1)
--   T1 holds  RECORD t2.PRIMARY X (2)
--   T1 holds  RECORD t2.PRIMARY X (3)
--   T1 holds  RECORD t2.PRIMARY X supremum
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
