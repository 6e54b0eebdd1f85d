-- @name: point-unique-sec-miss-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, equality on a UNIQUE secondary index for a missing value: no lock, the
-- insert of the very value searched for goes through.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 9 WHERE u = 25;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: INSERT INTO t VALUES (5, 25, 0);               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
