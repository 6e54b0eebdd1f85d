-- @name: edge-order-desc-limit-covering-secondary-rr
-- @server: mariadb-10.11
-- RR, SELECT k ... ORDER BY k DESC LIMIT 1 FOR UPDATE on a table with KEY idx_k (k):
-- the covering idx_k is read backwards from its end and the scan stops after one entry.
-- T2's insert below the top entry and T3's insert above it show which gaps are locked.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT k FROM t ORDER BY k DESC LIMIT 1 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.idx_k X (40, 4)
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 15, 0);               -- expect: ok
T3: INSERT INTO t VALUES (6, 50, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.idx_k X (40, 4)
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
