-- @name: iso-serializable-select-waits
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: SERIALIZABLE
-- SERIALIZABLE: T1 updates row 20. T2's plain SELECT of row 20 inside a
-- transaction is a locking read (S,REC_NOT_GAP) and waits for T1. T3 runs the
-- same SELECT with autocommit and no BEGIN: a consistent read, no lock, no
-- wait.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 5 WHERE id = 20;              -- expect: ok
T2: SELECT * FROM t WHERE id = 20;                 -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 20;                 -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IS
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T3 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
