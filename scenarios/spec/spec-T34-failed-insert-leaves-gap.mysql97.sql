-- @name: spec-T34-failed-insert-leaves-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T34
-- @isolation T4: READ COMMITTED
-- @isolation T5: READ COMMITTED
-- @note: the spec gives no MariaDB expectation for T2's first insert ("MDB: verify", §7 row 11), so that step has no -- expect:; the server decides.
-- Purpose: A failed INSERT (duplicate in a unique secondary index) leaves a gap lock on PRIMARY after its partial rollback.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T1: INSERT INTO u VALUES (4,20,0);                 -- expect: error 1062
-- spec: 8.0, 5.7.26+: blocked -> ok | 5.7.4-5.7.25: ok | MDB: verify   (no MariaDB expectation: none written)
T2: INSERT INTO u VALUES (9,90,0);                 -- expect: blocked -> ok
T3: INSERT INTO u VALUES (0,5,0);                  -- expect: ok
-- spec @locks 8.0 T1: IX; uk S "20, 2"; PRIMARY X supremum pseudo-record
-- spec-lock: T1 holds  TABLE u IX
-- spec-lock: T1 holds  RECORD u.uk S (20, 2)
-- spec-lock-8.0: T1 holds  RECORD u.PRIMARY X supremum
-- @locks
--   T1 holds  TABLE u IX
--   T1 holds  RECORD u.PRIMARY X supremum
--   T1 holds  RECORD u.uk S (20, 2)
--   T2 holds  TABLE u IX
--   T2 waits  RECORD u.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE u IX
--   T4 holds  nothing
--   T5 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- harness: T2 and T3 roll back so that the READ COMMITTED variant starts from F2
T2: ROLLBACK;                                      -- expect: ok
T3: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "At RC T2 is ok." T4 plays T1 and T5 plays T2 at READ COMMITTED.
T4: INSERT INTO u VALUES (4,20,0);                 -- expect: error 1062
T5: INSERT INTO u VALUES (9,90,0);                 -- expect: ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
