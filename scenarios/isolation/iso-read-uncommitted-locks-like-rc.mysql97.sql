-- @name: iso-read-uncommitted-locks-like-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ UNCOMMITTED
-- READ UNCOMMITTED locks like READ COMMITTED: equality on a non-unique index
-- takes record locks only (no gap, no lock on (30, 30)), a missing PRIMARY
-- key takes nothing, so inserts next to them go through. T3's plain SELECT
-- sees T2's uncommitted insert (dirty read).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE k = 20 FOR UPDATE;      -- expect: ok
T1: SELECT * FROM t WHERE id = 35 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 20, 0);              -- expect: ok
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: ok
T3: SELECT id FROM t WHERE id > 20 ORDER BY id;    -- expect: ok
T3: UPDATE t SET v = 1 WHERE k = 20;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
