-- @name: edge-datetime-secondary-limit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, DATETIME secondary key, UPDATE through it with a range and LIMIT 1:
-- at > '2024-01-02 12:00:00' ORDER BY at LIMIT 1 locks only the first
-- matching entry (next-key) and its row; the scan stops there. T2's insert
-- just after that entry goes through; T3's insert just before it waits.
CREATE TABLE e (id INT PRIMARY KEY, at DATETIME NOT NULL, v INT, KEY idx_at (at)) ENGINE=InnoDB;
INSERT INTO e VALUES (1,'2024-01-01 10:00:00',0),(2,'2024-01-02 09:30:00',0),(3,'2024-01-02 18:00:00',0),(4,'2024-01-03 08:00:00',0),(5,'2024-01-05 12:00:00',0),(6,'2024-01-06 12:00:00',0),(7,'2024-01-07 12:00:00',0),(8,'2024-01-08 12:00:00',0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE e FORCE INDEX (idx_at) SET v = 1 WHERE at > '2024-01-02 12:00:00' ORDER BY at LIMIT 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE e IX
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 18:00:00', 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO e VALUES (9, '2024-01-02 20:00:00', 0);  -- expect: ok
T3: INSERT INTO e VALUES (10, '2024-01-02 15:00:00', 0);  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE e IX
--   T1 holds  RECORD e.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD e.idx_at X ('2024-01-02 18:00:00', 3)
--   T2 holds  TABLE e IX
--   T3 holds  TABLE e IX
--   T3 waits  RECORD e.idx_at X,GAP,INSERT_INTENTION ('2024-01-02 18:00:00', 3)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
