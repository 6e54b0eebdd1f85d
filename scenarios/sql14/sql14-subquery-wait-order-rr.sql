-- @name: sql14-subquery-wait-order-rr
-- @server: mariadb-10.11
-- @source: issue 14, SQL forms real applications send
-- UPDATE ... WHERE id IN (SELECT ...) waits on the subquery's second row: does the outer table
-- hold anything yet (MariaDB scans the outer table first, MySQL reads the subquery first)?
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE u (id INT PRIMARY KEY, t_id INT, flag INT, KEY idx_flag (flag)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,20,1),(2,40,1),(3,30,0),(4,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: UPDATE u SET t_id = 40 WHERE id = 2;           -- expect: ok
T1: UPDATE t SET v = 1 WHERE id IN (SELECT t_id FROM u WHERE flag = 1);  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE u IS
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD u.idx_flag S (1, 1)
--   T1 holds  RECORD u.idx_flag S (1, 2)
--   T1 waits  RECORD u.PRIMARY S,REC_NOT_GAP (2)
--   T2 holds  TABLE u IX
--   T2 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE u IS
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag S (1, 1)
--   T1 holds  RECORD u.idx_flag S (1, 2)
--   T1 holds  RECORD u.idx_flag S supremum
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
