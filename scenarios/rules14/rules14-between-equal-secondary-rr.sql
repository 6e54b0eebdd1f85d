-- @name: rules14-between-equal-secondary-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, k BETWEEN 200 AND 200 on a non-unique index is an equality for the server (ref):
-- the next entry (300, 30) should get a gap lock, not a next-key lock. T2's locking read of
-- k = 300 tells the two apart (a gap lock does not block it); T3 inserts into the gap.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 200 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X,GAP (300, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT * FROM t FORCE INDEX (idx_k) WHERE k = 300 FOR UPDATE;  -- expect: ok
T3: INSERT INTO t VALUES (25, 250, 0);             -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X,GAP (300, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  RECORD t.idx_k X (300, 30)
--   T2 holds  RECORD t.idx_k X,GAP (400, 40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (300, 30)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
