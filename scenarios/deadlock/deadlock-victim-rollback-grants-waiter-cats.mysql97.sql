-- @name: deadlock-victim-rollback-grants-waiter-cats
-- note: recorded on MySQL 9.7.4-2 (Debian); the @server line is the input's, not this recording's
-- On MySQL's CATS grant: T3's commit re-examines the waiters, a deadlock is found while granting, and
-- the victim's rollback must let T2's waiting statement resume.
-- @server: mysql-9.7
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1,0),(20,2,0),(30,2,0),(40,3,0);

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 2 AND 2 FOR UPDATE;  -- expect: ok
T2: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 0 AND 1 LOCK IN SHARE MODE;  -- expect: blocked -> deadlock
T3: BEGIN;                                         -- expect: ok
T3: SELECT * FROM t WHERE id BETWEEN 10 AND 10 LOCK IN SHARE MODE;  -- expect: ok
T1: UPDATE t SET v = v + 1 WHERE id = 10;          -- expect: blocked -> ok
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (10)
--   T2 waits  RECORD t.idx_k S (2, 20)
--     behind T1 holds  RECORD t.idx_k X (2, 20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (2, 20)
--   T1 holds  RECORD t.idx_k X (2, 30)
--   T1 holds  RECORD t.idx_k X,GAP (3, 40)
--   T2 holds  nothing
--   T3 holds  nothing
