-- @name: uk-dup-check-next-entry-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T33 (part B)
-- Spec §7 row 10: the duplicate check on a unique secondary index passes the delete-marked (20,2)
-- and locks the first non-equal entry (30,3): 8.0 S,GAP, 5.7 S next-key. Purge is held off by T9.
-- Counterparts: uk-dup-check-next-entry-mysql57.sql; MariaDB (next-key, as 5.7):
-- scenarios/spec/spec-T33-unique-dup-check-gaps.sql (part B).
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T8: BEGIN;                                         -- expect: ok
-- why: T33 part B steps 1-3
T9: START TRANSACTION WITH CONSISTENT SNAPSHOT;    -- expect: ok
-- why: T33 part B (delete-mark of (2) and (20,2); purge held off by T9)
T8: DELETE FROM u WHERE id=2;                      -- expect: ok
T8: COMMIT;                                        -- expect: ok
-- why: T33 part B step 4 "ok"
T1: INSERT INTO u VALUES (4,20,0);                 -- expect: ok
-- why: T33 part B step "8.0: ok" ((30,3) holds only S,GAP from T1's duplicate check)
T2: SELECT * FROM u WHERE uk=30 FOR UPDATE;        -- expect: ok
-- why: T33 part B: T1's COMMIT ends the wait where there is one
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T9: COMMIT;                                        -- expect: ok
