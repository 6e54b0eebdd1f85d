-- @name: probe-multi-insert-later-waits-secondary-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, multi-row INSERT whose second row waits for insert intention on a gap
-- locked by T1: the first row (15) stays inserted and implicitly locked.
-- T3 reaches it through idx_k (UPDATE ... WHERE k = 15): the implicit lock
-- is converted (secondary implicit-lock check) and T3 waits behind T2.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 45 FOR UPDATE;      -- expect: ok
T2: INSERT INTO t VALUES (15,15,2),(45,45,2);      -- expect: blocked -> ok
T3: UPDATE t FORCE INDEX (idx_k) SET v = 3 WHERE k = 15;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (50)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (15, 15)
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (50)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X (15, 15)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (50)
--   T2 holds  RECORD t.idx_k X,REC_NOT_GAP (15, 15)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X (15, 15)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T3 holds  RECORD t.idx_k X (15, 15)
--   T3 holds  RECORD t.idx_k X,GAP (20, 20)
T3: COMMIT;                                        -- expect: ok
