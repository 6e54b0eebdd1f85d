-- @name: uk-equality-lock-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T12
-- Errata T12 (a MariaDB difference missing from spec §7): MySQL locks a live unique-secondary
-- equality match X,REC_NOT_GAP (§3.1 rule 3, unique search), so the insert of uk 15 into the gap
-- before (20,2) is not blocked. Same outcomes in both MySQL profiles; MariaDB takes a next-key
-- lock and blocks T2: scenarios/spec/spec-T12-unique-secondary-hit.sql.
-- Counterpart: uk-equality-lock-mysql57.sql.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
-- why: T12 step 1 "ok"
T1: SELECT * FROM u WHERE uk=20 FOR UPDATE;        -- expect: ok
-- why: T12 step 2 "ok" (uk X,REC_NOT_GAP on (20,2) does not block inserts into the gap before it)
T2: INSERT INTO u VALUES (4,15,0);                 -- expect: ok
-- why: T12 step 3 "ok"
T3: INSERT INTO u VALUES (5,25,0);                 -- expect: ok
-- why: T12 step 4 "blocked -> ok" (PRIMARY X,REC_NOT_GAP on 2), released by T1's COMMIT
T4: UPDATE u SET v=1 WHERE id=2;                   -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
