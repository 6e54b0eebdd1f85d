-- @name: spec-T12-unique-secondary-hit
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T12
-- Purpose: Equality on a unique secondary index, existing row: record-only locks on uk and PRIMARY.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM u WHERE uk=20 FOR UPDATE;        -- expect: ok
T2: INSERT INTO u VALUES (4,15,0);                 -- expect: ok
T3: INSERT INTO u VALUES (5,25,0);                 -- expect: ok
T4: UPDATE u SET v=1 WHERE id=2;                   -- expect: blocked -> ok
-- spec @locks: T1: uk X,REC_NOT_GAP "20, 2"; PRIMARY X,REC_NOT_GAP 2
-- spec-lock: T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
-- spec-lock: T1 holds  RECORD u.uk X,REC_NOT_GAP (20, 2)
-- @locks
--   T1 holds  TABLE u IX
--   T1 holds  RECORD u.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD u.uk X,REC_NOT_GAP (20, 2)
--   T2 holds  TABLE u IX
--   T3 holds  TABLE u IX
--   T4 holds  TABLE u IX
--   T4 waits  RECORD u.PRIMARY X,REC_NOT_GAP (2)
-- spec-releases: T4
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
