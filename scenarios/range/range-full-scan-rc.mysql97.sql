-- @name: range-full-scan-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, SELECT ... FOR UPDATE with a condition on a non-indexed column: every
-- row is locked while scanned and the non-matching ones are released, so
-- only row 20 stays locked. Inserts and updates of other rows go through.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE v = 2 FOR UPDATE;        -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (100, 0);                 -- expect: ok
T2: UPDATE t SET v = 9 WHERE id = 40;              -- expect: ok
T3: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
