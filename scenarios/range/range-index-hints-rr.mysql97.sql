-- @name: range-index-hints-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, index hints change the locks. T1: USE INDEX (idx_k) k = 20 locks
-- (20,20) next-key, row 20, and the gap before (30,30). T2: IGNORE INDEX
-- (idx_k) k = 50 LOCK IN SHARE MODE is a full PRIMARY scan that S-locks every
-- row and the supremum, and waits at row 20 for T1 (it already holds S on 10).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t USE INDEX (idx_k) SET v = 1 WHERE k = 20;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT id FROM t IGNORE INDEX (idx_k) WHERE k = 50 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S (10)
--   T2 waits  RECORD t.PRIMARY S (20)
--   T3 holds  nothing
T3: INSERT INTO t VALUES (5, 5, 0);                -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S (10)
--   T2 holds  RECORD t.PRIMARY S (20)
--   T2 holds  RECORD t.PRIMARY S (30)
--   T2 holds  RECORD t.PRIMARY S (40)
--   T2 holds  RECORD t.PRIMARY S (50)
--   T2 holds  RECORD t.PRIMARY S (60)
--   T2 holds  RECORD t.PRIMARY S supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (10)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
