-- @name: spec-T13-unique-secondary-miss
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T13
-- Purpose: Equality on a unique secondary index, missing key: gap lock on the next uk entry.
-- Fixture F2 (table u) of spec §8, inlined.
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
-- spec: ok (empty; uk X,GAP "30, 3")
-- spec-rows: none
T1: SELECT * FROM u WHERE uk=25 FOR UPDATE;        -- expect: ok
T2: INSERT INTO u VALUES (6,28,0);                 -- expect: blocked -> ok
T3: INSERT INTO u VALUES (7,22,0);                 -- expect: blocked -> ok
T4: INSERT INTO u VALUES (8,35,0);                 -- expect: ok
T5: INSERT INTO u VALUES (9,15,0);                 -- expect: ok
T6: UPDATE u SET v=1 WHERE uk=30;                  -- expect: ok
-- checkpoint added for the lock the spec states on T1's step
-- spec-lock: T1 holds  RECORD u.uk X,GAP (30, 3)
-- @locks
--   T1 holds  TABLE u IX
--   T1 holds  RECORD u.uk X,GAP (30, 3)
--   T2 holds  TABLE u IX
--   T2 waits  RECORD u.uk X,GAP,INSERT_INTENTION (30, 3)
--   T3 holds  TABLE u IX
--   T3 waits  RECORD u.uk X,GAP,INSERT_INTENTION (30, 3)
--   T4 holds  TABLE u IX
--   T5 holds  TABLE u IX
--   T6 holds  TABLE u IX
--   T6 holds  RECORD u.PRIMARY X,REC_NOT_GAP (3)
--   T6 holds  RECORD u.uk X,REC_NOT_GAP (30, 3)
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
T6: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
