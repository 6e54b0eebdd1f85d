-- @name: edge-order-nonindexed-limit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ORDER BY a non-indexed column with LIMIT 1 in a locking read: the
-- server must sort, so it reads (and locks) every row of the clustered index
-- plus the supremum before returning one row. T2's UPDATE of a row that is
-- not returned waits; an insert at the end waits on the supremum.
CREATE TABLE t (id INT PRIMARY KEY, v INT, w INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,50,0),(2,10,0),(3,40,0),(4,30,0),(5,20,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t ORDER BY v LIMIT 1 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1)
--   T1 holds  RECORD t.PRIMARY X (2)
--   T1 holds  RECORD t.PRIMARY X (3)
--   T1 holds  RECORD t.PRIMARY X (4)
--   T1 holds  RECORD t.PRIMARY X (5)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET w = 1 WHERE id = 4;               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (9, 0, 0);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1)
--   T1 holds  RECORD t.PRIMARY X (2)
--   T1 holds  RECORD t.PRIMARY X (3)
--   T1 holds  RECORD t.PRIMARY X (4)
--   T1 holds  RECORD t.PRIMARY X (5)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
