-- @name: spec-T18-full-scan-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T18
-- @isolation: READ COMMITTED
-- Purpose: T17 at READ COMMITTED: rows the WHERE rejects are unlocked at once.
-- Spec: "T17 with @isolation: READ COMMITTED: T2, T3, T4 all ok; T1 holds only IX after the statement".
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=1 WHERE v=999;                  -- expect: ok
T2: INSERT INTO t VALUES (40,40,0);                -- expect: ok
T3: UPDATE t SET v=5 WHERE id=10;                  -- expect: ok
T4: SELECT * FROM t WHERE id=20;                   -- expect: ok
-- spec: T1 holds only IX after the statement
-- spec-lock: T1 holds  TABLE t IX
-- spec-nolock: T1 holds  RECORD
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T4 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
