-- @name: probe-secondary-supremum-gap-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, gap lock on the supremum of a secondary index: T1's k > 80 FOR UPDATE
-- finds nothing and locks idx_k supremum (X). T2's insert with k = 90 (but a
-- small id) waits on the idx_k supremum; T3's insert with id = 90 and k = 15
-- (end of PRIMARY, middle of idx_k) goes through.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k > 80 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T3: INSERT INTO t VALUES (90,15,3);                -- expect: ok
T2: INSERT INTO t VALUES (5,90,2);                 -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
