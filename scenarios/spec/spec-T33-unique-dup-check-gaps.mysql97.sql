-- @name: spec-T33-unique-dup-check-gaps
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T33
-- @isolation T1: READ COMMITTED
-- @isolation T2: READ COMMITTED
-- Purpose: Duplicate checks on a unique secondary index take next-key locks, also at READ COMMITTED.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T8: BEGIN;                                         -- expect: ok
-- Part A, READ COMMITTED (T1 and T2 start at READ COMMITTED)
T1: INSERT INTO u VALUES (4,20,0);                 -- expect: error 1062
T2: INSERT INTO u VALUES (5,15,0);                 -- expect: blocked -> ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- harness: T2 rolls back so that part B starts from F2
T2: ROLLBACK;                                      -- expect: ok

-- Part B, REPEATABLE READ, purge held off by T9
T1: SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;  -- expect: ok
T2: SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;  -- expect: ok
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T9: START TRANSACTION WITH CONSISTENT SNAPSHOT;    -- expect: ok
T8: DELETE FROM u WHERE id=2;                      -- expect: ok
T8: COMMIT;                                        -- expect: ok
T1: INSERT INTO u VALUES (4,20,0);                 -- expect: ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok
-- spec: the duplicate scan passes the deleted (20,2) and locks (30,3) with S,GAP in 8.0 but S next-key in 5.7/MDB
T2: SELECT * FROM u WHERE uk=30 FOR UPDATE;        -- expect: ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T9: COMMIT;                                        -- expect: ok
