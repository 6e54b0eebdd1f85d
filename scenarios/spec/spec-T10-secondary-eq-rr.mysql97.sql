-- @name: spec-T10-secondary-eq-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T10
-- Purpose: Non-unique equality: next-key on matches, gap on the first non-match.
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
-- spec: idx entry (10,5) lies before (10,10)
T2: INSERT INTO t VALUES (5,10,0);                 -- expect: ok
-- spec: (10,12) lies in the gap before (20,20)
T3: INSERT INTO t VALUES (12,10,0);                -- expect: blocked -> ok
-- spec: gap before (30,30)
T4: INSERT INTO t VALUES (25,25,0);                -- expect: blocked -> ok
T5: INSERT INTO t VALUES (35,35,0);                -- expect: ok
T6: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
T7: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
-- spec @locks: T1: IX; idx_k X "20, 20"; PRIMARY X,REC_NOT_GAP 20; idx_k X,GAP "30, 30"
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-lock: T1 holds  RECORD t.idx_k X (20, 20)
-- spec-lock: T1 holds  RECORD t.idx_k X,GAP (30, 30)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (20, 20)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 30)
--   T5 holds  TABLE t IX
--   T6 holds  TABLE t IX
--   T6 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T7 holds  TABLE t IX
--   T7 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-releases: T3 T4 T7
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- released: T4 -> ok
-- released: T7 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
T6: COMMIT;                                        -- expect: ok
T7: COMMIT;                                        -- expect: ok
