-- @name: spec-T22-own-stronger-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T22
-- Purpose: A request covered by a stronger lock of the same transaction creates nothing.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
T1: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: ok
T1: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- spec @locks: T1: IX; PRIMARY X,REC_NOT_GAP 20   (no S row, no IS row)
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-nolock: T1 holds  TABLE t IS
-- spec-nolock: T1 holds  RECORD t.PRIMARY S
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
