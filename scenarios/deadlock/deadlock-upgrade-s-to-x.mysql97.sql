-- @name: deadlock-upgrade-s-to-x
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Lock upgrade deadlock: T1 and T2 both hold S,REC_NOT_GAP on row 2 (LOCK IN
-- SHARE MODE). T1's UPDATE needs X and waits for T2's S; T2's UPDATE needs X
-- and waits for T1's S, closing the cycle. Equal weight: T2, the requester,
-- is rolled back and T1's upgrade is granted. T1 keeps both structs
-- (S,REC_NOT_GAP and X,REC_NOT_GAP).
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 2 LOCK IN SHARE MODE;  -- expect: ok
T2: SELECT * FROM t WHERE id = 2 LOCK IN SHARE MODE;  -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
