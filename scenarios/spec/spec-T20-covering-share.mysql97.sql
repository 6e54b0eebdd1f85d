-- @name: spec-T20-covering-share
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T20
-- Purpose: Shared locking through a covering secondary index does not touch PRIMARY.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX(idx_k) WHERE k=20 LOCK IN SHARE MODE;  -- expect: ok
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: UPDATE t SET k=21 WHERE id=20;                 -- expect: blocked -> ok
-- spec-releases: T3
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- harness: T3 rolls back (k of row 20 back to 20) so that the variant starts from F1's keys
T3: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "With FOR UPDATE in T1, T2 would block."
-- T4 plays T1 with FOR UPDATE, T5 plays T2 (v=2: row 20 already has v=1).
T4: SELECT id FROM t FORCE INDEX(idx_k) WHERE k=20 FOR UPDATE;  -- expect: ok
T5: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- spec-releases: T5
T4: COMMIT;                                        -- expect: ok
-- released: T5 -> ok
T5: COMMIT;                                        -- expect: ok
