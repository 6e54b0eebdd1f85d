-- @name: edge-deadlock-victim-more-locks-fewer-undo-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Deadlock victim choice when lock structs and undo records pull in opposite
-- directions: T1 holds many lock structs (share locks of two modes on rows of
-- two other tables) but modified one row; T2 holds 3 lock structs but
-- modified eight rows. T2's request closes the cycle, yet T1, the earlier
-- waiter with more locks and fewer undo records, is rolled back: with these
-- counts the undo records outweigh the lock structs.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE a (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE b (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0),(5,0),(6,0),(7,0),(8,0),(9,0),(10,0);
INSERT INTO a VALUES (1,0),(2,0),(3,0);
INSERT INTO b VALUES (1,0),(2,0),(3,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT v FROM a WHERE id = 1 LOCK IN SHARE MODE;  -- expect: ok
T1: SELECT v FROM a WHERE id >= 2 LOCK IN SHARE MODE;  -- expect: ok
T1: SELECT v FROM b WHERE id = 1 LOCK IN SHARE MODE;  -- expect: ok
T1: SELECT v FROM b WHERE id >= 2 LOCK IN SHARE MODE;  -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 1;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 3;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 4;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 5;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 6;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 7;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 8;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 9;               -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> deadlock
-- @locks
--   T1 holds  TABLE a IS
--   T1 holds  TABLE b IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD a.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD a.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD a.PRIMARY S (3)
--   T1 holds  RECORD a.PRIMARY S supremum
--   T1 holds  RECORD b.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD b.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD b.PRIMARY S (3)
--   T1 holds  RECORD b.PRIMARY S supremum
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (6)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (7)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (8)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (9)
T2: UPDATE t SET v = 2 WHERE id = 1;               -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (6)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (7)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (8)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (9)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
