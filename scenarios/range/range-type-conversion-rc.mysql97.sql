-- @name: range-type-conversion-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, a VARCHAR indexed column compared with a number (code = 20): the index
-- cannot be searched, and since only id is selected the optimizer scans the
-- whole of idx_code (EXPLAIN: type index, "Using where; Using index"). Every
-- entry and its PRIMARY row is X,REC_NOT_GAP locked and, unlike the PRIMARY
-- full scan of range-full-scan-rc, the non-matching ones are NOT released at
-- RC: T2's UPDATE of row 3 (code '30') waits. No gap locks: the insert goes
-- through. Compare seed002 (RR).
CREATE TABLE t (id INT PRIMARY KEY, code VARCHAR(10), v INT, KEY idx_code (code)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,'10',0),(2,'20',0),(3,'30',0),(4,'40',0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE code = 20 FOR UPDATE;   -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_code X,REC_NOT_GAP ('20', 2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, '25', 0);             -- expect: ok
T2: UPDATE t SET v = 1 WHERE id = 3;               -- expect: ok
T3: UPDATE t SET v = 2 WHERE code = '20';          -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_code X,REC_NOT_GAP ('20', 2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_code X,REC_NOT_GAP ('20', 2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
