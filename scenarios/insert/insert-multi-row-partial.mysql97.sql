-- @name: insert-multi-row-partial
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a multi-row INSERT blocked in the middle: T1 gap-locks 20..30 (miss on
-- 25). T2 inserts (15),(25),(35): 15 is inserted, 25 waits. T3's locking
-- read of 15 converts T2's implicit lock on the first row and waits behind
-- T2, which is itself still waiting. T1's COMMIT lets T2 finish.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 25 FOR UPDATE;      -- expect: ok
T2: INSERT INTO t VALUES (15, 15, 0), (25, 25, 0), (35, 35, 0);  -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 15 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (15)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T2 holds  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (15)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
