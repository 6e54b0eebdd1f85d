-- @name: probe-rc-update-fullscan-uncommitted-insert
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, UPDATE with a full scan (no index on v) meeting a row inserted and not
-- committed by T1: the semi-consistent read finds no committed version and
-- skips it without waiting, even though the uncommitted row matches v = 5.
-- T3's same UPDATE under RR waits on it.
-- @isolation T3: REPEATABLE READ
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (25,25,5);                -- expect: ok
T2: UPDATE t SET v = 9 WHERE v = 5;                -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (25)
--   T2 holds  TABLE t IX
--   T3 holds  nothing
T3: UPDATE t SET v = 7 WHERE v = 5;                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (25)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X (10)
--   T3 holds  RECORD t.PRIMARY X (20)
--   T3 waits  RECORD t.PRIMARY X (25)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
