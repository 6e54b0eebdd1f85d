-- @name: spec-T05-supremum
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T05
-- Purpose: End-of-index gap.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id > 25 FOR UPDATE;      -- expect: ok
T2: INSERT INTO t VALUES (100,100,0);              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (5,5,0);                  -- expect: ok
-- spec @locks: T1: PRIMARY X 30; PRIMARY X supremum pseudo-record | T2: PRIMARY X,INSERT_INTENTION supremum pseudo-record WAITING
-- spec-lock: T1 holds  RECORD t.PRIMARY X (30)
-- spec-lock: T1 holds  RECORD t.PRIMARY X supremum
-- spec-lock: T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
