-- @name: upsert-iodku-uk-dup-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, the same IODKU as upsert-iodku-uk-dup-rr: the duplicate check on the
-- unique secondary index still takes an X next-key lock at RC, so the insert
-- of u = 25 into the gap before (30, 3) waits; the insert of id 9 does not.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (9, 30, 0) ON DUPLICATE KEY UPDATE v = v + 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 25, 0);               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (9, 90, 0);               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
