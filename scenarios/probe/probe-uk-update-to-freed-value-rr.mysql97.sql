-- @name: probe-uk-update-to-freed-value-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of a UNIQUE secondary column to the value another uncommitted
-- transaction just freed: T1 deleted row 2 (u=20, entry delete-marked).
-- T2's UPDATE ... SET u = 20 WHERE id = 3 runs the duplicate check on the
-- delete-marked entry and waits for T1; after T1 commits it succeeds.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE id = 2;                    -- expect: ok
T2: UPDATE t SET u = 20 WHERE id = 3;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (20, 2) delete-marked
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T2 waits  RECORD t.uk_u S (20, 2) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD t.uk_u S (20, 2) delete-marked
--   T2 holds  RECORD t.uk_u S,GAP (20, 3)
--   T2 holds  RECORD t.uk_u S,GAP (30, 3) delete-marked
--   T2 holds  RECORD t.uk_u X,REC_NOT_GAP (30, 3) delete-marked
T2: COMMIT;                                        -- expect: ok
