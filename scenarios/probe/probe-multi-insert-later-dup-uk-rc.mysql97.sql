-- @name: probe-multi-insert-later-dup-uk-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, multi-row INSERT whose third row duplicates a UNIQUE secondary value:
-- 1062, the first two rows are rolled back, the S next-key lock of the
-- failed uk check stays even in RC: T2's insert into the gap before u=20
-- waits, while its insert of the rolled-back u=35 goes through.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (7,15,1),(8,35,1),(9,20,1);  -- expect: error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u S (20, 2)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (8,35,2);                 -- expect: ok
T2: INSERT INTO t VALUES (11,18,2);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u S (20, 2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (20, 2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
