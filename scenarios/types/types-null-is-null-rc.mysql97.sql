-- @name: types-null-is-null-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, IS NULL on a non-unique secondary index: record locks on the NULL
-- entries and their rows only; inserts of another NULL and of k = 5 go
-- through, an UPDATE of a NULL row by PRIMARY waits.
CREATE TABLE n (id INT PRIMARY KEY, k INT NULL, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO n VALUES (1,NULL,0),(2,NULL,0),(3,10,0),(4,20,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM n WHERE k IS NULL FOR UPDATE;   -- expect: ok
-- @locks
--   T1 holds  TABLE n IX
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD n.idx_k X,REC_NOT_GAP (NULL, 1)
--   T1 holds  RECORD n.idx_k X,REC_NOT_GAP (NULL, 2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO n VALUES (5, NULL, 0);             -- expect: ok
T2: INSERT INTO n VALUES (6, 5, 0);                -- expect: ok
T3: UPDATE n SET v = 1 WHERE id = 2;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE n IX
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD n.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD n.idx_k X,REC_NOT_GAP (NULL, 1)
--   T1 holds  RECORD n.idx_k X,REC_NOT_GAP (NULL, 2)
--   T2 holds  TABLE n IX
--   T3 holds  TABLE n IX
--   T3 waits  RECORD n.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
