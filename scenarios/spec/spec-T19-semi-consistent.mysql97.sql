-- @name: spec-T19-semi-consistent
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T19
-- @isolation: READ COMMITTED
-- @isolation T5: REPEATABLE READ
-- @isolation T6: REPEATABLE READ
-- Purpose: At RC an UPDATE skips rows it cannot lock if their committed version does not match; DELETE does not.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=7 WHERE id=10;                  -- expect: ok
-- spec: ok (0 rows, never waits)
-- spec-rows: 0 affected
T2: UPDATE t SET v=8 WHERE v=999;                  -- expect: ok
-- spec: blocked -> ok   [MDB: verify DELETE]
T3: DELETE FROM t WHERE v=999;                     -- expect: blocked -> ok
-- spec: blocked -> ok (2 rows: 20 and 30)
-- spec-rows: 2 affected
T4: UPDATE t SET v=8 WHERE v=0;                    -- expect: blocked -> ok
-- spec-releases: T3 T4
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok

-- Variant from the spec's text: "Under RR, T2 is blocked -> ok as well."
-- T5 plays T1 and T6 plays T2 at REPEATABLE READ.
-- harness: T5 sets v=9 (row 10 already has v=7 after the first part, and a no-op update is not the point)
T5: UPDATE t SET v=9 WHERE id=10;                  -- expect: ok
T6: UPDATE t SET v=8 WHERE v=999;                  -- expect: blocked -> ok
-- spec-releases: T6
T5: COMMIT;                                        -- expect: ok
-- released: T6 -> ok
T6: COMMIT;                                        -- expect: ok
