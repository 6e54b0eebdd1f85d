-- @name: spec-T39-update-secondary-column
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T39
-- Purpose: UPDATE of an indexed column: old and new secondary entries are implicitly locked until someone asks.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k=25 WHERE id=10;                 -- expect: ok
-- spec: ok (implicit lock on (25,10) does not protect its gap)
T4: INSERT INTO t VALUES (11,24,0);                -- expect: ok
T5: INSERT INTO t VALUES (12,26,0);                -- expect: ok
-- spec: blocked -> ok (returns id 10)
-- spec-rows: id 10
T2: SELECT * FROM t FORCE INDEX(idx_k) WHERE k=25 FOR UPDATE;  -- expect: blocked -> ok
-- spec: blocked -> ok (empty)
-- spec-rows: none
T3: SELECT * FROM t FORCE INDEX(idx_k) WHERE k=10 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- spec @locks: T1: IX; PRIMARY X,REC_NOT_GAP 10; idx_k X,REC_NOT_GAP "25, 10"; idx_k X,REC_NOT_GAP "10, 10" (both converted)
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
-- spec-lock: T1 holds  RECORD t.idx_k X,REC_NOT_GAP (10, 10) delete-marked
-- spec-lock: T1 holds  RECORD t.idx_k X,REC_NOT_GAP (25, 10)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (10, 10) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (25, 10)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X (25, 10)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.idx_k S (10, 10) delete-marked
--   T4 holds  TABLE t IX
--   T5 holds  TABLE t IX
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
