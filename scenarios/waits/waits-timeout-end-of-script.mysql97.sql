-- @name: waits-timeout-end-of-script
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- A waiter left blocked at the end of the script ends with the lock wait
-- timeout (1205). T2 first locks row 10, then waits for row 20 held by T1;
-- the checkpoint shows T2 holding its earlier lock while waiting. The script
-- ends with T2 still blocked: blocked -> timeout, noted after the last step.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 10;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> timeout
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: SELECT * FROM t WHERE id = 30 FOR UPDATE;      -- expect: ok
-- note: end of script
-- released: T2 -> timeout
