-- @name: nowait-skip-locked-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T41
-- Spec §7 row 17: NOWAIT fails at once with 3572 (ER_LOCK_NOWAIT) in 8.0; SKIP LOCKED skips the
-- locked row. Counterparts: nowait-skip-locked-mysql57.sql (syntax error); MariaDB (1205):
-- scenarios/spec/spec-T41-nowait-skip-locked.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T41 step 1 "ok"
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- why: T41 step 2 "8.0: error 3572"
T2: SELECT * FROM t WHERE id=20 FOR UPDATE NOWAIT;  -- expect: error 3572
-- why: T41 step 3 "ok, rows 10 and 30"
T3: SELECT id FROM t FORCE INDEX(PRIMARY) FOR UPDATE SKIP LOCKED;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
