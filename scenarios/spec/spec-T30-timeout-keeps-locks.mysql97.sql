-- @name: spec-T30-timeout-keeps-locks
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T30
-- Purpose: A lock wait timeout rolls back only the statement; the transaction keeps its locks.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- spec: T2 runs SET SESSION innodb_lock_wait_timeout=1 first
T2: SET SESSION innodb_lock_wait_timeout=1;        -- expect: ok
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
T2: UPDATE t SET v=2 WHERE id=20;                  -- expect: ok
-- spec: blocked -> timeout (1205)
T2: UPDATE t SET v=2 WHERE id=10;                  -- expect: blocked -> timeout
-- harness: a 2 s pause in T1 (not blocked) so that T2's 1 s timeout always ends during this step
-- spec-releases: T2
T1: DO SLEEP(2);                                   -- expect: ok
-- released: T2 -> timeout
T3: UPDATE t SET v=3 WHERE id=20;                  -- expect: blocked -> ok
-- spec: ok (T3 completes)
-- spec-releases: T3
T2: ROLLBACK;                                      -- expect: ok
-- released: T3 -> ok
T1: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
