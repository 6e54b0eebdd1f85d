-- @name: insert-dup-uk-rollback-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, duplicate on a UNIQUE secondary key against an uncommitted insert: T2
-- waits with S on (25, 5) even at RC; T1 rolls back and T2's insert proceeds
-- (blocked -> ok). A committed duplicate (u = 30) gives 1062 at once and an
-- S next-key lock at RC too, which blocks T3's insert of u = 28.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, 25);                  -- expect: ok
T2: INSERT INTO t VALUES (6, 25);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (25, 5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u S (25, 5)
--   T3 holds  nothing
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: INSERT INTO t VALUES (7, 30);                  -- expect: error 1062
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.uk_u S,GAP (25, 6)
--   T2 holds  RECORD t.uk_u S (30, 3)
--   T2 holds  RECORD t.uk_u S,GAP (30, 3)
--   T3 holds  nothing
T3: INSERT INTO t VALUES (8, 28);                  -- expect: blocked -> ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
