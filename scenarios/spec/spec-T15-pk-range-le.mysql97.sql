-- @name: spec-T15-pk-range-le
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T15
-- Purpose: End of a clustered range with <= on an existing key.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok
T2: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok
T3: INSERT INTO t VALUES (25,25,0);                -- expect: ok
T4: INSERT INTO t VALUES (15,15,0);                -- expect: blocked -> ok
-- spec-releases: T2 T3 T4
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
