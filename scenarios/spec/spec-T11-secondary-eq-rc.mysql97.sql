-- @name: spec-T11-secondary-eq-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T11
-- @isolation: READ COMMITTED
-- Purpose: T10 at READ COMMITTED: record locks on the matches only, no gap locks.
-- Spec: "T10 with @isolation: READ COMMITTED: T2-T6 ok, T7 blocked -> ok".
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
T7: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX(idx_k) WHERE k=20 FOR UPDATE;  -- expect: ok
T2: INSERT INTO t VALUES (5,10,0);                 -- expect: ok
T3: INSERT INTO t VALUES (12,10,0);                -- expect: ok
T4: INSERT INTO t VALUES (25,25,0);                -- expect: ok
T5: INSERT INTO t VALUES (35,35,0);                -- expect: ok
T6: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
T7: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
-- spec: locks: idx_k X,REC_NOT_GAP "20, 20", PRIMARY X,REC_NOT_GAP 20
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-lock: T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T4 holds  TABLE t IX
--   T5 holds  TABLE t IX
--   T6 holds  TABLE t IX
--   T6 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T7 holds  TABLE t IX
--   T7 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-releases: T7
T1: COMMIT;                                        -- expect: ok
-- released: T7 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
T6: COMMIT;                                        -- expect: ok
T7: COMMIT;                                        -- expect: ok
