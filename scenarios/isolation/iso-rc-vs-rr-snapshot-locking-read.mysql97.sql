-- @name: iso-rc-vs-rr-snapshot-locking-read
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation T2: READ COMMITTED
-- A locking read reads the latest committed version at either level: T1 (RR)
-- and T2 (RC) read row 20 plainly, T3 updates and commits it; both locking
-- reads then return v = 7 and take X,REC_NOT_GAP in turn (T2 waits for T1).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT v FROM t WHERE id = 20;                 -- expect: ok
T2: SELECT v FROM t WHERE id = 20;                 -- expect: ok
T3: UPDATE t SET v = 7 WHERE id = 20;              -- expect: ok
T3: COMMIT;                                        -- expect: ok
T1: SELECT v FROM t WHERE id = 20;                 -- expect: ok
T1: SELECT v FROM t WHERE id = 20 FOR UPDATE;      -- expect: ok
T2: SELECT v FROM t WHERE id = 20 FOR UPDATE;      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
