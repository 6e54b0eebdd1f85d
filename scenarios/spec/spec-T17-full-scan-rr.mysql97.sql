-- @name: spec-T17-full-scan-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T17
-- Purpose: A scan locks everything it reads, matching or not.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
-- spec: ok (0 rows)
-- spec-rows: 0 affected
T1: UPDATE t SET v=1 WHERE v=999;                  -- expect: ok
T2: INSERT INTO t VALUES (40,40,0);                -- expect: blocked -> ok
T3: UPDATE t SET v=5 WHERE id=10;                  -- expect: blocked -> ok
-- spec: ok (non-locking read)
T4: SELECT * FROM t WHERE id=20;                   -- expect: ok
-- spec @locks: T1: PRIMARY X 10, X 20, X 30, X supremum pseudo-record
-- spec-lock: T1 holds  RECORD t.PRIMARY X (10)
-- spec-lock: T1 holds  RECORD t.PRIMARY X (20)
-- spec-lock: T1 holds  RECORD t.PRIMARY X (30)
-- spec-lock: T1 holds  RECORD t.PRIMARY X supremum
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T4 holds  nothing
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
