-- @name: edge-order-nonindexed-limit-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, WHERE on a non-indexed column + ORDER BY it LIMIT 1 FOR UPDATE: every
-- row is read and locked; rows failing the WHERE are unlocked at once, rows
-- that match (1, 3, 4) stay locked even though the LIMIT returns only one of
-- them. T2's UPDATE of a non-matching row goes through; T3's UPDATE of a
-- matching-but-not-returned row waits.
CREATE TABLE t (id INT PRIMARY KEY, v INT, w INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,50,0),(2,10,0),(3,40,0),(4,30,0),(5,20,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE v >= 30 ORDER BY v LIMIT 1 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET w = 1 WHERE id = 2;               -- expect: ok
T3: UPDATE t SET w = 1 WHERE id = 1;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
