-- @name: deadlock-victim-fewer-lock-structs
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Equal undo (one row modified each), but T2 also holds S locks on rows of
-- another table (extra lock structs: IS on r and record locks). T1 waits
-- first, T2 closes the cycle; T1 has fewer lock structs, is the lighter
-- transaction and is rolled back although it was the earlier waiter.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE r (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0);
INSERT INTO r VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T2: SELECT * FROM r WHERE id IN (1, 3) LOCK IN SHARE MODE;  -- expect: ok
T2: SELECT * FROM r WHERE id = 9 LOCK IN SHARE MODE;  -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> deadlock
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE r IS
--   T2 holds  TABLE t IX
--   T2 holds  RECORD r.PRIMARY S,REC_NOT_GAP (1)
--   T2 holds  RECORD r.PRIMARY S,REC_NOT_GAP (3)
--   T2 holds  RECORD r.PRIMARY S supremum
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
--   T2 holds  TABLE r IS
--   T2 holds  TABLE t IX
--   T2 holds  RECORD r.PRIMARY S,REC_NOT_GAP (1)
--   T2 holds  RECORD r.PRIMARY S,REC_NOT_GAP (3)
--   T2 holds  RECORD r.PRIMARY S supremum
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: ROLLBACK;                                      -- expect: ok
T2: COMMIT;                                        -- expect: ok
