-- @name: update-primary-key-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of the PRIMARY key (20 -> 25): the old clustered record is
-- delete-marked and a new one inserted (both implicit), and the secondary
-- entry moves from (20, 20) to (20, 25). T2's locking read of id = 20 finds
-- the delete-marked record and waits; T3's INSERT of id 25 runs a duplicate
-- check against T1's new record and waits (then fails with 1062).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET id = 25 WHERE id = 20;            -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT * FROM t WHERE id = 20 FOR UPDATE;      -- expect: blocked -> ok
T3: INSERT INTO t VALUES (25, 99, 0);              -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (25)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (25)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> error 1062
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY S,REC_NOT_GAP (25)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
