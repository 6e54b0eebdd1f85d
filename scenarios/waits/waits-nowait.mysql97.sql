-- @name: waits-nowait
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- NOWAIT: a locking read that would wait fails at once with 1205 (MariaDB's
-- code; MySQL 8.0 uses 3572), for FOR UPDATE and for LOCK IN SHARE MODE. The
-- failed statement leaves no waiting lock; the transaction continues and a
-- NOWAIT read of a free row succeeds. Reads of rows T1 holds only S on are
-- fine with LOCK IN SHARE MODE NOWAIT.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T1: SELECT * FROM t WHERE id = 30 LOCK IN SHARE MODE;  -- expect: ok
T2: SELECT * FROM t WHERE id = 20 FOR UPDATE NOWAIT;  -- expect: error 3572
T2: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE NOWAIT;  -- expect: error 1064
T2: SELECT * FROM t WHERE id = 30 LOCK IN SHARE MODE NOWAIT;  -- expect: error 1064
T2: SELECT * FROM t WHERE id = 40 FOR UPDATE NOWAIT;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
