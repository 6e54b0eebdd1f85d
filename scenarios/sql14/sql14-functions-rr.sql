-- @name: sql14-functions-rr
-- @server: mariadb-10.11
-- @source: issue 14, SQL forms real applications send
-- Functions and operators in WHERE and SET: constant expressions (10 + 10, COALESCE(NULL, 300),
-- CONCAT('b', 'ob'), IF(...)) are folded by the optimizer and keep the index access; a function of
-- a column (id % 20, n = GREATEST(...) on an unindexed column) scans the table.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE w (id INT PRIMARY KEY, name VARCHAR(20), n INT, ts DATETIME, KEY idx_name (name)) ENGINE=InnoDB;
INSERT INTO w VALUES (1,'amy',1,NULL),(2,'bob',2,NULL),(3,'cat',3,NULL),(4,'dan',4,NULL);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = IFNULL(v, 0) + 1 WHERE id = 10 + 10;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
T1: SELECT * FROM t WHERE k = COALESCE(NULL, 300) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T2 holds  nothing
T1: UPDATE w SET name = CONCAT(name, '-x'), ts = NOW() WHERE name = CONCAT('b', 'ob');  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE w IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T1 holds  RECORD w.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD w.idx_name X ('bob', 2) delete-marked
--   T1 holds  RECORD w.idx_name X,GAP ('bob-x', 2)
--   T1 holds  RECORD w.idx_name X,GAP ('cat', 3)
--   T2 holds  nothing
T1: UPDATE w SET n = CASE WHEN n > 1 THEN n - 1 ELSE 0 END, ts = UTC_TIMESTAMP() WHERE id = IF(1 > 0, 3, 4);  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE w IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T1 holds  RECORD w.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD w.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD w.idx_name X ('bob', 2) delete-marked
--   T1 holds  RECORD w.idx_name X,GAP ('bob-x', 2)
--   T1 holds  RECORD w.idx_name X,GAP ('cat', 3)
--   T2 holds  nothing
T2: SELECT * FROM w WHERE id = 1 FOR UPDATE;       -- expect: ok
T2: SELECT * FROM t WHERE id = 50 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE w IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T1 holds  RECORD w.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD w.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD w.idx_name X ('bob', 2) delete-marked
--   T1 holds  RECORD w.idx_name X,GAP ('bob-x', 2)
--   T1 holds  RECORD w.idx_name X,GAP ('cat', 3)
--   T2 holds  TABLE t IX
--   T2 holds  TABLE w IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (50)
--   T2 holds  RECORD w.PRIMARY X,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = v * 2 - 1 WHERE id % 20 = 0;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
T1: SELECT id FROM w WHERE n = GREATEST(1, LEAST(5, 4)) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE w IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD w.PRIMARY X (1)
--   T1 holds  RECORD w.PRIMARY X (2)
--   T1 holds  RECORD w.PRIMARY X (3)
--   T1 holds  RECORD w.PRIMARY X (4)
--   T1 holds  RECORD w.PRIMARY X supremum
--   T2 holds  nothing
T2: UPDATE w SET n = 0 WHERE id = 1;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE w IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD w.PRIMARY X (1)
--   T1 holds  RECORD w.PRIMARY X (2)
--   T1 holds  RECORD w.PRIMARY X (3)
--   T1 holds  RECORD w.PRIMARY X (4)
--   T1 holds  RECORD w.PRIMARY X supremum
--   T2 holds  TABLE w IX
--   T2 waits  RECORD w.PRIMARY X,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
