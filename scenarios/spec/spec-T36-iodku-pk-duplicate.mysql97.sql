-- @name: spec-T36-iodku-pk-duplicate
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T36
-- Purpose: INSERT ... ON DUPLICATE KEY UPDATE on an existing PRIMARY key: record-only or next-key X lock?
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (20,20,0) ON DUPLICATE KEY UPDATE v=v+1;  -- expect: ok
-- spec: 8.0, 5.7.26+: ok | 5.7.4-5.7.25: blocked -> ok | MDB: verify (code read says blocked -> ok)
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T3: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- checkpoint added (spec §10 open point 1): the duplicate-check lock on PRIMARY 20; the MariaDB code read says X next-key
-- spec-lock: T1 holds  RECORD t.PRIMARY X (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
