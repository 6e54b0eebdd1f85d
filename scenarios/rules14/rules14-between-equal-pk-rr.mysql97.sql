-- @name: rules14-between-equal-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 14, locking rules found by random scenarios
-- RR, id BETWEEN 20 AND 20 on PRIMARY is a const lookup: X,REC_NOT_GAP on 20 only, no lock
-- on 30 (a PRIMARY range would lock the next record). T2 locks row 30, T3 inserts on both
-- sides of 20.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,100,0),(20,200,0),(30,300,0),(40,400,0),(50,500,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id BETWEEN 20 AND 20 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT * FROM t WHERE id = 30 FOR UPDATE;      -- expect: ok
T3: INSERT INTO t VALUES (15, 150, 0);             -- expect: ok
T3: INSERT INTO t VALUES (25, 250, 0);             -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
