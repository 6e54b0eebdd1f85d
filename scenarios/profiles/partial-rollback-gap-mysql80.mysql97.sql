-- @name: partial-rollback-gap-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T34
-- Spec §7 row 11: at RR, the statement rollback of a failed INSERT converts the implicit lock on
-- the already inserted clustered row 4 and the supremum inherits it as a gap lock (8.0 and
-- 5.7.26+). Same outcomes in both MySQL profiles; MariaDB 10.11.19 has no such conversion
-- (errata T34: T2 is ok there): scenarios/spec/spec-T34-failed-insert-leaves-gap.sql.
-- Counterpart: partial-rollback-gap-mysql57.sql.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T34 step 1 "error 1062" (uk 20 exists)
T1: INSERT INTO u VALUES (4,20,0);                 -- expect: error 1062
-- why: T34 step 2 "8.0, 5.7.26+: blocked -> ok" (PRIMARY supremum gap inherited from row 4)
T2: INSERT INTO u VALUES (9,90,0);                 -- expect: blocked -> ok
-- why: T34 step 3 "ok"
T3: INSERT INTO u VALUES (0,5,0);                  -- expect: ok
-- why: §8 conventions: T2 waits for T1's inherited gap lock until T1 ends
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
