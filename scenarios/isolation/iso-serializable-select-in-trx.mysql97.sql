-- @name: iso-serializable-select-in-trx
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: SERIALIZABLE
-- SERIALIZABLE: a plain SELECT inside BEGIN is an S locking read. The range
-- id >= 20 AND id < 35 takes S,REC_NOT_GAP on 20 and S next-key on 30 and 40
-- (past the range). T2's insert of 25 waits; T2's own plain SELECT of the
-- same rows is compatible (S with S).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id >= 20 AND id < 35;    -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S (30)
--   T1 holds  RECORD t.PRIMARY S,GAP (40)
--   T2 holds  nothing
T2: SELECT * FROM t WHERE id = 30;                 -- expect: ok
T2: INSERT INTO t VALUES (25, 25, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S (30)
--   T1 holds  RECORD t.PRIMARY S,GAP (40)
--   T2 holds  TABLE t IS
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (30)
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
