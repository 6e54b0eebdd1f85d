-- @name: update-delete-reinsert-same-trx
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, DELETE then INSERT of the same key in one transaction: the insert
-- reuses the delete-marked record (no duplicate error). T2's locking read of
-- 20 waits; T3's insert of 20 waits on the duplicate check and, after T1's
-- COMMIT, fails with 1062.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE id = 20;                   -- expect: ok
T1: INSERT INTO t VALUES (20, 21, 1);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T3: INSERT INTO t VALUES (20, 22, 2);              -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IS
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> error 1062
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
