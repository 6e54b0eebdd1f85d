-- @name: insert-dup-uk-uncommitted-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, duplicate on a UNIQUE secondary key against an uncommitted insert: T2's
-- duplicate scan converts T1's implicit lock on uk entry (25, 5) and waits
-- with S (next-key). T1 commits: T2 gets 1062 and keeps S next-key on
-- (25, 5), which blocks T3's insert of u = 22 until T2 ends.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, 25);                  -- expect: ok
T2: INSERT INTO t VALUES (6, 25);                  -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (25, 5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u S (25, 5)
--   T3 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
T3: INSERT INTO t VALUES (7, 22);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X supremum
--   T2 holds  RECORD t.uk_u S (25, 5)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
T2: ROLLBACK;                                      -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
