-- @name: deadlock-victim-rollback-grants-waiter
-- note: recorded on MySQL 9.7.4-2 (Debian); the @server line is the input's, not this recording's
-- Two deadlocks in one step (T4 with T1, then T2 with T1): the second victim's rollback grants T1
-- its waiting lock, and T1's statement resumes and completes (recorded by the reference-model property).
-- @server: mysql-9.7
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1,0),(20,2,0),(30,2,0),(35,1,0),(40,3,0);

T1: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 1 LOCK IN SHARE MODE;  -- expect: ok
T4: SELECT * FROM t WHERE id BETWEEN 20 AND 30 LOCK IN SHARE MODE;  -- expect: ok
T2: UPDATE t SET v = v + 1 WHERE id = 35;          -- expect: blocked -> ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 0 AND 1 FOR UPDATE;  -- expect: ok
T4: INSERT INTO t VALUES (5, 0, 0);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (35)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (35)
--   T1 holds  RECORD t.idx_k S (1, 10)
--   T1 holds  RECORD t.idx_k X (1, 10)
--   T1 holds  RECORD t.idx_k S (1, 35)
--   T1 holds  RECORD t.idx_k X (1, 35)
--   T1 holds  RECORD t.idx_k S,GAP (2, 20)
--   T1 holds  RECORD t.idx_k X (2, 20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (35)
--   T4 holds  TABLE t IS
--   T4 holds  TABLE t IX
--   T4 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T4 holds  RECORD t.PRIMARY S (30)
--   T4 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (1, 10)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
