-- @name: rules14-select-star-secondary-range-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, the contrast of rules14-update-secondary-range-rr: SELECT * ... FOR UPDATE through
-- the same secondary range is not covering, so index condition pushdown can reject the entry
-- past the range (400, 40) inside InnoDB. Is PRIMARY 40 locked? T2 updates row 40.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 200 AND 300 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40)
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 40;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (200, 20)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
