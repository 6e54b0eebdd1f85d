-- @name: point-pk-hit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, PRIMARY equality on an existing row FOR UPDATE: only X,REC_NOT_GAP on
-- the row; inserts on both sides of it go through, a locking read of the row
-- waits, a plain SELECT does not.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4),(50,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 30 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 0);                  -- expect: ok
T2: INSERT INTO t VALUES (35, 0);                  -- expect: ok
T3: SELECT * FROM t WHERE id = 30;                 -- expect: ok
T3: SELECT * FROM t WHERE id = 30 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
