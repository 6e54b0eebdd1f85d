-- @name: rules14-update-secondary-range-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 14, locking rules found by random scenarios
-- RR, UPDATE through a secondary range (FORCE INDEX (idx_k), k BETWEEN 200 AND 300):
-- UPDATE does not use index condition pushdown, so the first entry past the range (400, 40)
-- is read back to its clustered record. Does PRIMARY 40 get locked? T2 updates row 40, T3
-- inserts into the gap after the range.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t FORCE INDEX (idx_k) SET v = 1 WHERE k BETWEEN 200 AND 300;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 40;              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (35, 350, 0);             -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (400, 40)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
