-- @name: range-type-conversion-full-row-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- Companion of range-type-conversion-rc: the same code = 20 comparison, but
-- SELECT * so the optimizer scans PRIMARY (EXPLAIN: ALL). Here RC releases
-- the non-matching rows: only row 2 stays locked, T2's UPDATE of row 3 goes
-- through and T3's UPDATE of row 2 waits.
CREATE TABLE t (id INT PRIMARY KEY, code VARCHAR(10), v INT, KEY idx_code (code)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,'10',0),(2,'20',0),(3,'30',0),(4,'40',0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE code = 20 FOR UPDATE;    -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, '25', 0);             -- expect: ok
T2: UPDATE t SET v = 1 WHERE id = 3;               -- expect: ok
T3: UPDATE t SET v = 2 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
