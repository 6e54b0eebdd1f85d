-- @name: deadlock-report-const-select-stage-rr
-- @server: mariadb-10.11
-- The thread state a deadlock report prints for a locking SELECT: a lookup of
-- one row by a whole unique key is a const table, which the optimizer reads
-- while it plans (stage "statistics"); a range read runs in the executor
-- (MySQL 8.0.18+ "executing", MariaDB "Sending data").
CREATE TABLE t (id INT PRIMARY KEY, u INT, k INT, UNIQUE KEY uk_u (u), KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,1),(2,20,2),(3,30,3),(4,40,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k=k WHERE id=1;                   -- expect: ok
T2: UPDATE t SET k=k WHERE id=2;                   -- expect: ok
T1: SELECT * FROM t WHERE id=2 FOR UPDATE;         -- expect: blocked -> deadlock
T2: SELECT * FROM t WHERE u=10 LOCK IN SHARE MODE;  -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k=k WHERE id=3;                   -- expect: ok
T2: UPDATE t SET k=k WHERE id=4;                   -- expect: ok
T1: SELECT * FROM t WHERE id BETWEEN 4 AND 4 FOR UPDATE;  -- expect: blocked -> deadlock
T2: SELECT * FROM t WHERE k=3 FOR UPDATE;          -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k=k WHERE id=1;                   -- expect: ok
T2: UPDATE t SET k=k WHERE id=2;                   -- expect: ok
T1: SELECT * FROM t WHERE id IN (2) FOR UPDATE;    -- expect: blocked -> ok
T2: SELECT * FROM t WHERE id > 0 AND id < 2 FOR UPDATE;  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD t.PRIMARY X (1)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
