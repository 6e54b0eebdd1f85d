-- @name: rules14-nullable-le-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, k <= 100 on a nullable indexed column (FORCE INDEX (idx_k)): the range starts after the
-- NULL entries. T2 locks row 20 (k NULL); T3 inserts a NULL between (NULL, 20) and (100, 30).
CREATE TABLE t (id INT PRIMARY KEY, k INT NULL, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,NULL,0),(20,NULL,0),(30,100,0),(40,200,0),(50,300,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k <= 100 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (100, 30)
--   T1 holds  RECORD t.idx_k X (200, 40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT * FROM t WHERE id = 20 FOR UPDATE;      -- expect: ok
T3: INSERT INTO t VALUES (25, NULL, 0);            -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (100, 30)
--   T1 holds  RECORD t.idx_k X (200, 40)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (100, 30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
