-- @name: sql14-select-join-for-update-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, SQL forms real applications send
-- SELECT ... JOIN ... FOR UPDATE: the rows of both tables the join reads, in the join order.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE u (id INT PRIMARY KEY, t_id INT, flag INT, KEY idx_flag (flag)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,20,1),(2,40,1),(3,30,0),(4,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT t.id, u.id FROM u JOIN t ON t.id = u.t_id WHERE u.flag = 1 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE u IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag X,REC_NOT_GAP (1, 1)
--   T1 holds  RECORD u.idx_flag X,REC_NOT_GAP (1, 2)
--   T2 holds  nothing
T2: UPDATE u SET flag = flag WHERE id = 3;         -- expect: ok
T2: UPDATE t SET v = 9 WHERE id = 10;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  TABLE u IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag X,REC_NOT_GAP (1, 1)
--   T1 holds  RECORD u.idx_flag X,REC_NOT_GAP (1, 2)
--   T2 holds  TABLE t IX
--   T2 holds  TABLE u IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD u.PRIMARY X,REC_NOT_GAP (3)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
