-- @name: range-secondary-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a range on a secondary index (FORCE INDEX(idx_k), EXPLAIN: range):
-- k BETWEEN 20 AND 30 FOR UPDATE next-key locks (20,20), (30,30) and the
-- first entry past the range (40,40), plus X,REC_NOT_GAP on the PRIMARY rows
-- it returned and on row 40 of the past-range entry too: T3's UPDATE of id
-- 40 by PRIMARY waits, and so does the insert of k = 35.
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
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X (30, 30)
--   T1 holds  RECORD t.idx_k X (40, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: blocked -> ok
T3: UPDATE t SET v = 1 WHERE id = 40;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X (30, 30)
--   T1 holds  RECORD t.idx_k X (40, 40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (40, 40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
