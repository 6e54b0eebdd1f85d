-- @name: spec-T37-insert-select-source
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T37
-- @isolation T5: READ COMMITTED
-- Purpose: INSERT ... SELECT takes S next-key locks on the source rows at RR and none at RC.
-- Fixture F5 (F1 + empty table t2) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);
CREATE TABLE t2 (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
T1: INSERT INTO t2 SELECT id, v FROM t FORCE INDEX(PRIMARY) WHERE id <= 20;  -- expect: ok
-- spec: RR: blocked -> ok | RC (T1 at RC): ok
T2: UPDATE t SET v=1 WHERE id=10;                  -- expect: blocked -> ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok  (RR)
T3: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
T4: SELECT * FROM t WHERE id=10;                   -- expect: ok
-- spec-releases: T2 T3
-- harness: the spec has T1: COMMIT; ROLLBACK (same release) so that t2 stays empty for the RC variant
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: ROLLBACK;                                      -- expect: ok
T3: ROLLBACK;                                      -- expect: ok
T4: COMMIT;                                        -- expect: ok

-- Variant from the spec's text: "RC (T1 at RC): ok". T5 plays T1 at READ COMMITTED, T6 plays T2 at RR.
T5: INSERT INTO t2 SELECT id, v FROM t FORCE INDEX(PRIMARY) WHERE id <= 20;  -- expect: ok
T6: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
T5: COMMIT;                                        -- expect: ok
T6: COMMIT;                                        -- expect: ok
