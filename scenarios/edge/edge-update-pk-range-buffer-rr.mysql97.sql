-- @name: edge-update-pk-range-buffer-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of the PRIMARY key over a range (id <= 2, id = id + 10): the
-- plan is "Using where; Using buffer" (rows are collected first, then moved).
-- The range locks 1 and 2 next-key and, like every RR range, the first
-- record past it (3) next-key; the new records 11 and 12 land in the gap
-- under T1's supremum lock and inherit X,GAP. T2's UPDATE of row 3 waits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0),(9,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id > 4 FOR UPDATE;       -- expect: ok
T1: UPDATE t SET id = id + 10 WHERE id <= 2;       -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1) delete-marked
--   T1 holds  RECORD t.PRIMARY X (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X (9)
--   T1 holds  RECORD t.PRIMARY X,GAP (11)
--   T1 holds  RECORD t.PRIMARY X,GAP (12)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 3;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1) delete-marked
--   T1 holds  RECORD t.PRIMARY X (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X (9)
--   T1 holds  RECORD t.PRIMARY X,GAP (11)
--   T1 holds  RECORD t.PRIMARY X,GAP (12)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
