-- @name: sql14-multi-update-driver-target-rr
-- @server: mariadb-10.11
-- @source: issue 14, SQL forms real applications send
-- Multi-table UPDATE that changes the driving table (u, read by idx_flag) and only reads the
-- looked-up one (t by PRIMARY); a comma join with the join condition in WHERE.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE u (id INT PRIMARY KEY, t_id INT, flag INT, KEY idx_flag (flag)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,20,1),(2,40,1),(3,30,0),(4,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE u, t SET u.flag = 2 WHERE t.id = u.t_id AND u.flag = 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE u IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (40)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag X (1, 1) delete-marked
--   T1 holds  RECORD u.idx_flag X (1, 2) delete-marked
--   T1 holds  RECORD u.idx_flag X,GAP (2, 1)
--   T1 holds  RECORD u.idx_flag X,GAP (2, 2)
--   T1 holds  RECORD u.idx_flag X supremum
--   T2 holds  nothing
T2: UPDATE t SET v = 9 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE u IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (40)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag X (1, 1) delete-marked
--   T1 holds  RECORD u.idx_flag X (1, 2) delete-marked
--   T1 holds  RECORD u.idx_flag X,GAP (2, 1)
--   T1 holds  RECORD u.idx_flag X,GAP (2, 2)
--   T1 holds  RECORD u.idx_flag X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
