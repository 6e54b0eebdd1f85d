-- @name: edge-insert-ignore-dup-uk-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, INSERT IGNORE hitting a duplicate on a UNIQUE secondary key: the
-- duplicate check keeps an S next-key lock on the existing uk entry even in
-- RC, so T2's insert into the gap before it waits until T1 ends.
CREATE TABLE t (id INT PRIMARY KEY, u INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT IGNORE INTO t VALUES (5, 30);           -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u S (30, 3)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (6, 25);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u S (30, 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
