-- @name: spec-T01-pk-point-hit
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T01
-- Purpose: Unique search on a live row locks the record only.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T3: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- spec @locks: T1: IX; PRIMARY X,REC_NOT_GAP 20 | T3: IS; PRIMARY S,REC_NOT_GAP 20 WAITING
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-lock: T3 holds  TABLE t IS
-- spec-lock: T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
-- spec-releases: T3
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
