-- @name: edge-iodku-change-unique-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, INSERT ... ON DUPLICATE KEY UPDATE hitting the PRIMARY key and changing
-- a UNIQUE secondary column (u 20 -> 25): the old uk entry is delete-marked,
-- the new one (25, 2) inserted (implicit). T2's insert of u = 25 waits with S
-- on the duplicate check and fails with 1062 after T1 commits, keeping S
-- next-key on (25, 2). T3's insert of u = 20 (the old, delete-marked value)
-- S-locks (20, 2) and (25, 2) and then waits on its insert intention behind
-- T2's S next-key on (25, 2) until T2 rolls back.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (2, 99, 1) ON DUPLICATE KEY UPDATE u = 25;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 25, 0);               -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (25, 2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u S (25, 2)
--   T3 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
T3: INSERT INTO t VALUES (6, 20, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X supremum
--   T2 holds  RECORD t.uk_u S (25, 2)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
T2: ROLLBACK;                                      -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
