-- @name: edge-read-uncommitted-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ UNCOMMITTED
-- READ UNCOMMITTED, the gap case of a non-unique secondary index: like RC,
-- UPDATE ... WHERE k = 20 takes no gap lock (X,REC_NOT_GAP on the entry and
-- the row), so T2's insert of k = 20 and k = 25 go through; T3's UPDATE of
-- the locked row waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE k = 20;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (7, 20, 0);               -- expect: ok
T2: INSERT INTO t VALUES (8, 25, 0);               -- expect: ok
T3: UPDATE t SET v = 3 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
