-- @name: types-datetime-key
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- DATETIME in a secondary index: equality on a missing instant gives X,GAP on
-- the next entry; a range over one day next-key locks the entries in it and
-- the first one past it. Inserts inside the locked gaps wait.
CREATE TABLE e (id INT PRIMARY KEY, at DATETIME NOT NULL, KEY idx_at (at)) ENGINE=InnoDB;
INSERT INTO e VALUES (1,'2024-01-01 10:00:00'),(2,'2024-01-02 09:30:00'),(3,'2024-01-02 18:00:00'),(4,'2024-01-03 08:00:00'),(5,'2024-01-05 12:00:00');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM e FORCE INDEX (idx_at) WHERE at >= '2024-01-02 00:00:00' AND at < '2024-01-03 00:00:00' FOR UPDATE;  -- expect: ok
T1: SELECT id FROM e WHERE at = '2024-01-04 00:00:00' FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE e IX
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 09:30:00', 2)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 18:00:00', 3)
--   T1 holds  RECORD e.idx_at X ('2024-01-03 08:00:00', 4)
--   T1 holds  RECORD e.idx_at X,GAP ('2024-01-05 12:00:00', 5)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO e VALUES (6, '2024-01-04 12:00:00');  -- expect: blocked -> ok
T3: INSERT INTO e VALUES (7, '2024-01-06 00:00:00');  -- expect: ok
T3: INSERT INTO e VALUES (8, '2024-01-02 12:00:00');  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE e IX
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 09:30:00', 2)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 18:00:00', 3)
--   T1 holds  RECORD e.idx_at X ('2024-01-03 08:00:00', 4)
--   T1 holds  RECORD e.idx_at X,GAP ('2024-01-05 12:00:00', 5)
--   T2 holds  TABLE e IX
--   T2 waits  RECORD e.idx_at X,GAP,INSERT_INTENTION ('2024-01-05 12:00:00', 5)
--   T3 holds  TABLE e IX
--   T3 waits  RECORD e.idx_at X,GAP,INSERT_INTENTION ('2024-01-02 18:00:00', 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
