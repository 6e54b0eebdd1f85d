-- @name: spec-T04-record-vs-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T04
-- Purpose: Record-only locks and gap locks never conflict.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- spec: ok (X,GAP on 30)
T1: SELECT * FROM t WHERE id=25 FOR UPDATE;        -- expect: ok
T2: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
T3: INSERT INTO t VALUES (26,26,0);                -- expect: blocked -> ok
-- checkpoint added for the lock the spec states on T1's step
-- spec-lock: T1 holds  RECORD t.PRIMARY X,GAP (30)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
-- spec-releases: T3
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
