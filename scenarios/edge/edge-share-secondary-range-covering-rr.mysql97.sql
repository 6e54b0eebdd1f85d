-- @name: edge-share-secondary-range-covering-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, LOCK IN SHARE MODE on a secondary range served by the covering index
-- (SELECT k ... k BETWEEN 20 AND 30): S next-key on the idx_k entries in the
-- range and on the first one past it (40), no PRIMARY lock. T2's UPDATE of a
-- non-indexed column of row 2 goes through; T3's insert of k = 35 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT k FROM t WHERE k BETWEEN 20 AND 30 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S (30, 3)
--   T1 holds  RECORD t.idx_k S (40, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: ok
T3: INSERT INTO t VALUES (9, 35, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S (30, 3)
--   T1 holds  RECORD t.idx_k S (40, 4)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (40, 4)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
