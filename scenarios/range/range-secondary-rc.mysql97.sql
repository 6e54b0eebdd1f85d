-- @name: range-secondary-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, the same secondary range as range-secondary-rr (FORCE INDEX(idx_k),
-- EXPLAIN: range, "Using index"): X,REC_NOT_GAP on the matching entries and
-- rows, no gap locks, so the insert of k = 25 goes through. The first entry
-- past the range, (40, 40), is NOT released at RC and neither is its PRIMARY
-- row 40: T2's UPDATE of id 40, a row outside the range, waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 20 AND 30 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (30, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 25, 0);              -- expect: ok
T2: UPDATE t SET v = 1 WHERE id = 40;              -- expect: ok
T3: UPDATE t SET v = 2 WHERE id = 30;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
