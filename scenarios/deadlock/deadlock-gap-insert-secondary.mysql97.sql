-- @name: deadlock-gap-insert-secondary
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, the classic gap deadlock on a non-unique secondary index: both
-- sessions DELETE a missing k value in the same gap (X,GAP on (30, 3) for
-- both, compatible), then both insert into that gap. T1's insert intention
-- waits for T2's gap lock, T2's for T1's: T2, the requester, is the victim.
CREATE TABLE t (id INT PRIMARY KEY, k INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE k = 23;                    -- expect: ok
T2: DELETE FROM t WHERE k = 27;                    -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X,GAP (30, 3)
T1: INSERT INTO t VALUES (5, 23);                  -- expect: blocked -> ok
T2: INSERT INTO t VALUES (6, 27);                  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
--     behind T2 holds  RECORD t.idx_k X,GAP (30, 3)
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
--     behind T1 holds  RECORD t.idx_k X,GAP (30, 3)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_k X,GAP (23, 5)
--   T1 holds  RECORD t.idx_k X,GAP (30, 3)
--   T1 holds  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 3)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
