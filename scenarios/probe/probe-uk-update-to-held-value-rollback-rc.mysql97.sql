-- @name: probe-uk-update-to-held-value-rollback-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, T1 moves row 2 from u=20 to u=25 and rolls back; T2 had updated row 4
-- to u=25 and waited on T1's implicit lock of the new entry. After the
-- rollback T2's update succeeds; locks left by the duplicate check in RC.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET u = 25 WHERE id = 2;              -- expect: ok
T2: UPDATE t SET u = 25 WHERE id = 4;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (25, 2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 waits  RECORD t.uk_u S (25, 2)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD t.uk_u S,GAP (25, 4)
--   T2 holds  RECORD t.uk_u S,GAP (30, 3)
T2: COMMIT;                                        -- expect: ok
