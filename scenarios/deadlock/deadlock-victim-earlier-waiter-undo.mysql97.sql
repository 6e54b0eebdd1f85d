-- @name: deadlock-victim-earlier-waiter-undo
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Victim by weight when the earlier waiter is lighter: T2 has inserted three
-- rows into log (more undo entries). T1 waits first on row 2; T2's request
-- for row 1 closes the cycle, and T1, the lighter transaction, is rolled back
-- although it was the earlier waiter (blocked -> deadlock). T2's statement
-- proceeds in the same step.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE log (id INT PRIMARY KEY, msg VARCHAR(10)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0);
INSERT INTO log VALUES (1,'x');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T2: INSERT INTO log VALUES (10,'a'),(11,'b'),(12,'c');  -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> deadlock
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE log IX
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T2: UPDATE t SET v = 2 WHERE id = 1;               -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE log IX
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: ROLLBACK;                                      -- expect: ok
T2: COMMIT;                                        -- expect: ok
