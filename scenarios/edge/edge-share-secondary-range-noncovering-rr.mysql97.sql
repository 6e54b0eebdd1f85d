-- @name: edge-share-secondary-range-noncovering-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, LOCK IN SHARE MODE on a secondary range that needs the PRIMARY row
-- (SELECT * ... FORCE INDEX, plan "Using index condition"): S next-key on the
-- idx_k entries in the range and on the first one past it (40, 4), and
-- S,REC_NOT_GAP on the PRIMARY rows of the matching entries only: the pushed
-- condition rejects (40, 4) before its row is fetched. T2's UPDATE of row 2
-- waits; T3's UPDATE of row 4 goes through.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 20 AND 30 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S (30, 3)
--   T1 holds  RECORD t.idx_k S (40, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 4;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (3)
--   T1 holds  RECORD t.idx_k S (20, 2)
--   T1 holds  RECORD t.idx_k S (30, 3)
--   T1 holds  RECORD t.idx_k S (40, 4)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
