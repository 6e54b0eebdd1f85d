-- @name: spec-T06-implicit-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T06
-- Purpose: Inserts create no lock objects; conversion on conflict.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T2: INSERT INTO t VALUES (14,14,0);                -- expect: ok
T3: INSERT INTO t VALUES (16,16,0);                -- expect: ok
-- spec: "Before T4 runs, data_locks shows no record rows." (checkpoint added for it)
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T2 holds  TABLE t IX
-- spec-lock: T3 holds  TABLE t IX
-- spec-nolock: T1 holds  RECORD
-- spec-nolock: T2 holds  RECORD
-- spec-nolock: T3 holds  RECORD
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T4 holds  nothing
T4: SELECT * FROM t WHERE id=15 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- spec @locks: T1: IX; PRIMARY X,REC_NOT_GAP 15 GRANTED | T2: IX | T3: IX | T4: IS; PRIMARY S,REC_NOT_GAP 15 WAITING
-- spec-lock: T1 holds  TABLE t IX
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
-- spec-lock: T2 holds  TABLE t IX
-- spec-lock: T3 holds  TABLE t IX
-- spec-lock: T4 holds  TABLE t IS
-- spec-lock: T4 waits  RECORD t.PRIMARY S,REC_NOT_GAP (15)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T4 holds  TABLE t IS
--   T4 waits  RECORD t.PRIMARY S,REC_NOT_GAP (15)
-- spec-releases: T4
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
