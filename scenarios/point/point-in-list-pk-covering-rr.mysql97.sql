-- @name: point-in-list-pk-covering-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, the same IN list as point-in-list-pk-rr but selecting only id: on this
-- 12-row table the optimizer prefers a full index scan of PRIMARY (EXPLAIN:
-- type index, "Using where; Using index") over the range, so every record and
-- the supremum are X next-key locked and even an insert at the end waits.
-- The plan, not the WHERE clause, decides the locks.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0),(50,0),(60,0),(70,0),(80,0),(90,0),(100,0),(110,0),(120,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id IN (20, 55, 80) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (60)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (80)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (125, 0);                 -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
