-- @name: update-no-change
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, an UPDATE that matches a row but changes nothing (SET v = v, 0 rows
-- changed) writes no undo but keeps its X,REC_NOT_GAP lock: T2's UPDATE of
-- the same row waits. A missing key leaves its X,GAP lock too.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1),(2,2),(3,3),(4,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = v WHERE id = 2;               -- expect: ok
T1: UPDATE t SET v = 5 WHERE id = 7;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
T2: UPDATE t SET v = 22 WHERE id = 2;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
