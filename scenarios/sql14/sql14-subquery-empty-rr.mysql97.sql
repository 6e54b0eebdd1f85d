-- @name: sql14-subquery-empty-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 14, SQL forms real applications send
-- IN (SELECT ...) that finds no row, and a scalar subquery that finds two (error 1242).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE u (id INT PRIMARY KEY, t_id INT, flag INT, KEY idx_flag (flag)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,20,1),(2,40,1),(3,30,0),(4,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id IN (SELECT t_id FROM u WHERE flag = 7);  -- expect: ok
-- @locks
--   T1 holds  TABLE u IS
--   T1 holds  RECORD u.idx_flag S supremum
--   T2 holds  nothing
T1: DELETE FROM t WHERE id = (SELECT t_id FROM u WHERE flag = 1);  -- expect: error 1242
-- @locks
--   T1 holds  TABLE u IS
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag S (1, 1)
--   T1 holds  RECORD u.idx_flag S (1, 2)
--   T1 holds  RECORD u.idx_flag S supremum
--   T2 holds  nothing
T2: INSERT INTO t VALUES (60, 600, 0);             -- expect: ok
-- @locks
--   T1 holds  TABLE u IS
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD u.PRIMARY S,REC_NOT_GAP (2)
--   T1 holds  RECORD u.idx_flag S (1, 1)
--   T1 holds  RECORD u.idx_flag S (1, 2)
--   T1 holds  RECORD u.idx_flag S supremum
--   T2 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
