-- @name: rules14-rc-own-insert-read-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, T1 inserts (60, 600) and then reads it back FOR UPDATE, through idx_k and through
-- PRIMARY: is any explicit lock taken on its own implicitly locked records? T2 then reads it
-- FOR UPDATE and waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (60, 600, 0);             -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 600 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (60)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (600, 60)
--   T2 holds  nothing
T1: SELECT * FROM t WHERE id = 60 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (60)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (600, 60)
--   T2 holds  nothing
T2: SELECT * FROM t WHERE id = 60 FOR UPDATE;      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (60)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (600, 60)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (60)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
