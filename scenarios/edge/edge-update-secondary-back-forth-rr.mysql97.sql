-- @name: edge-update-secondary-back-forth-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE by PRIMARY key that moves a row's secondary key away and back in
-- one transaction (k 20 -> 35 -> 20): only PRIMARY (2) is locked explicitly;
-- the secondary entries (20, 2) and (35, 2) are covered by implicit locks
-- only, and no gap is locked. T2's insert of k = 33 and T3's insert of k = 15
-- go through.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k = 35 WHERE id = 2;              -- expect: ok
T1: UPDATE t SET k = 20 WHERE id = 2;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (7, 33, 0);               -- expect: ok
T3: INSERT INTO t VALUES (8, 15, 0);               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
