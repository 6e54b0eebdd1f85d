-- @name: spec-T02-pk-point-miss
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T02
-- @isolation T4: READ COMMITTED
-- @isolation T5: READ COMMITTED
-- Purpose: Missing key locks the gap before the next record.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
-- spec: ok (empty)
-- spec-rows: none
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T2: INSERT INTO t VALUES (12,12,0);                -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- spec @locks: T1: PRIMARY X,GAP 20 | T2: PRIMARY X,GAP,INSERT_INTENTION 20 WAITING | T3: PRIMARY X,REC_NOT_GAP 20
-- spec-lock: T1 holds  RECORD t.PRIMARY X,GAP (20)
-- spec-lock: T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
-- spec-lock: T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T4 holds  nothing
--   T5 holds  nothing
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- harness: T2 and T3 roll back so that the READ COMMITTED variant starts from F1
T2: ROLLBACK;                                      -- expect: ok
T3: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "At RC: T2 is ok at once and T1 holds only IX."
-- T4 plays T1 and T5 plays T2, both at READ COMMITTED.
T4: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T5: INSERT INTO t VALUES (12,12,0);                -- expect: ok
-- spec-lock: T4 holds  TABLE t IX
-- spec-nolock: T4 holds  RECORD
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  nothing
--   T4 holds  TABLE t IX
--   T5 holds  TABLE t IX
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
