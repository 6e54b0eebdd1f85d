-- @name: sql14-select-for-update-in-subquery-rr
-- @server: mariadb-10.11
-- @source: issue 14, SQL forms real applications send
-- SELECT ... FOR UPDATE with an IN (SELECT ...) subquery: does the locking clause reach the
-- subquery's table?
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);
CREATE TABLE u (id INT PRIMARY KEY, t_id INT, flag INT, KEY idx_flag (flag)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,20,1),(2,40,1),(3,30,0),(4,50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id IN (SELECT t_id FROM u WHERE flag = 1) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
T2: UPDATE u SET flag = flag WHERE id = 3;         -- expect: ok
T2: UPDATE t SET v = 9 WHERE id = 10;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 holds  TABLE u IX
--   T2 holds  RECORD u.PRIMARY X,REC_NOT_GAP (3)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
