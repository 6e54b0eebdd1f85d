-- @name: types-null-unique-secondary
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- A UNIQUE index on a nullable column allows several NULLs: T1 and T2 both
-- insert u = NULL with no duplicate check and no wait. T3's u IS NULL FOR
-- UPDATE is a non-unique search (NULL keys are not unique): it next-key locks
-- (NULL, 1), then converts T1's implicit lock on (NULL, 4) and waits. After
-- T1's COMMIT it moves on and waits for T2's (NULL, 5); T2's COMMIT releases it.
CREATE TABLE n (id INT PRIMARY KEY, u INT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO n VALUES (1,NULL),(2,10),(3,20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO n VALUES (4, NULL);                -- expect: ok
T2: INSERT INTO n VALUES (5, NULL);                -- expect: ok
-- @locks
--   T1 holds  TABLE n IX
--   T2 holds  TABLE n IX
--   T3 holds  nothing
T3: SELECT id FROM n WHERE u IS NULL FOR UPDATE;   -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE n IX
--   T1 holds  RECORD n.uk_u X,REC_NOT_GAP (NULL, 4)
--   T2 holds  TABLE n IX
--   T3 holds  TABLE n IX
--   T3 holds  RECORD n.PRIMARY X,REC_NOT_GAP (1)
--   T3 holds  RECORD n.uk_u X (NULL, 1)
--   T3 waits  RECORD n.uk_u X (NULL, 4)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
