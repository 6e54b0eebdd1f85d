-- @name: rules14-select-desc-limit-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, SELECT * ... ORDER BY k DESC LIMIT 5 FOR UPDATE through idx_k on k BETWEEN 200 AND
-- 350: a backward scan reads 300, 200 and then (100, 10), the first entry below the range.
-- Is PRIMARY 10 locked (no pushdown on the backward scan)? T2 updates row 10, T3 inserts
-- below the range.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 350 ORDER BY k DESC LIMIT 5 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (100, 10)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 10;              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (15, 150, 0);             -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (100, 10)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (200, 20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
