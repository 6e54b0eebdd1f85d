-- @name: sql14-user-variables-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 14, SQL forms real applications send
-- User variables are constants for the optimizer: id = @x is a unique lookup, k = @x * 15 a ref
-- on idx_k. SET SESSION transaction_isolation (MySQL's name; MariaDB 10.11 knows only tx_isolation)
-- switches T2 to READ COMMITTED; SELECT @@transaction_isolation and SELECT @x read no table.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: SET @x = 20;                                   -- expect: ok
T1: SET @lo := 350;                                -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: SET SESSION transaction_isolation = 'READ-COMMITTED';  -- expect: ok
T2: SET SESSION tx_isolation = 'READ-COMMITTED';   -- expect: error 1193
T2: SELECT @@transaction_isolation;                -- expect: ok
T2: SELECT @@tx_isolation;                         -- expect: error 1193
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = @x FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
T1: UPDATE t SET v = @x WHERE k = @x * 15;         -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X,GAP (400, 40)
--   T2 holds  nothing
T1: SELECT @x;                                     -- expect: ok
T1: DELETE FROM t WHERE k > @lo;                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40) delete-marked
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (50) delete-marked
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40) delete-marked
--   T1 holds  RECORD t.idx_k X,GAP (400, 40) delete-marked
--   T1 holds  RECORD t.idx_k X (500, 50) delete-marked
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40) delete-marked
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (50) delete-marked
--   T1 holds  RECORD t.idx_k X (300, 30)
--   T1 holds  RECORD t.idx_k X (400, 40) delete-marked
--   T1 holds  RECORD t.idx_k X,GAP (400, 40) delete-marked
--   T1 holds  RECORD t.idx_k X (500, 50) delete-marked
--   T1 holds  RECORD t.idx_k X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: INSERT INTO t VALUES (35, 350, 0);             -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
