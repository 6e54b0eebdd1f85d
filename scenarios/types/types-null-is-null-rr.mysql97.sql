-- @name: types-null-is-null-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, IS NULL on a non-unique secondary index: next-key X on every NULL
-- entry (NULLs sort first) and X,GAP on the first non-NULL entry (10, 3).
-- Inserts of another NULL and of k = 5 wait; an insert of k = 15 does not.
CREATE TABLE n (id INT PRIMARY KEY, k INT NULL, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO n VALUES (1,NULL),(2,NULL),(3,10),(4,20);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM n WHERE k IS NULL FOR UPDATE;   -- expect: ok
-- @locks
--   T1 holds  TABLE n IX
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD n.idx_k X (NULL, 1)
--   T1 holds  RECORD n.idx_k X (NULL, 2)
--   T1 holds  RECORD n.idx_k X,GAP (10, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO n VALUES (5, NULL);                -- expect: blocked -> ok
T3: INSERT INTO n VALUES (7, 15);                  -- expect: ok
T3: INSERT INTO n VALUES (6, 5);                   -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE n IX
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD n.idx_k X (NULL, 1)
--   T1 holds  RECORD n.idx_k X (NULL, 2)
--   T1 holds  RECORD n.idx_k X,GAP (10, 3)
--   T2 holds  TABLE n IX
--   T2 waits  RECORD n.idx_k X,GAP,INSERT_INTENTION (10, 3)
--   T3 holds  TABLE n IX
--   T3 waits  RECORD n.idx_k X,GAP,INSERT_INTENTION (10, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
