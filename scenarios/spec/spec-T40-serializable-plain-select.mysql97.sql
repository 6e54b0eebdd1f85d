-- @name: spec-T40-serializable-plain-select
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T40
-- @isolation T1: SERIALIZABLE
-- Purpose: SERIALIZABLE turns a plain SELECT inside a transaction into an S locking read.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- spec: ok (S,REC_NOT_GAP on 20)
T1: SELECT * FROM t WHERE id=20;                   -- expect: ok
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id=20;                   -- expect: ok
-- checkpoint added for the lock the spec states on T1's step
-- spec-lock: T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  nothing
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
