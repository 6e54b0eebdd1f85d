-- @name: spec-T44-current-read-after-wait
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T44
-- Purpose: After a wait a locking read sees the latest committed row, not its snapshot.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=5 WHERE id=20;                  -- expect: ok
-- spec: blocked -> ok (returns no rows)
-- spec-rows: none
T2: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE v=5 FOR UPDATE;  -- expect: blocked -> ok
T1: UPDATE t SET v=6 WHERE id=20;                  -- expect: ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- checkpoint added for the spec's "row 20 stays locked by T2 (RR) although it does not match"
-- spec-lock: T2 holds  RECORD t.PRIMARY X (20)
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X (10)
--   T2 holds  RECORD t.PRIMARY X (20)
--   T2 holds  RECORD t.PRIMARY X (30)
--   T2 holds  RECORD t.PRIMARY X supremum
T2: COMMIT;                                        -- expect: ok
