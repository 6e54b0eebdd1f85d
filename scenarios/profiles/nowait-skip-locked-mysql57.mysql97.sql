-- @name: nowait-skip-locked-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T41
-- Spec §7 row 17: 5.7 does not support NOWAIT / SKIP LOCKED (§3.3 "8.0, MDB 10.6+; not 5.7"):
-- both statements are syntax errors. Counterparts: nowait-skip-locked-mysql80.sql; MariaDB:
-- scenarios/spec/spec-T41-nowait-skip-locked.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T41 step 1 "ok"
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- why: T41 step 2 "5.7: error 1064 (syntax)"
T2: SELECT * FROM t WHERE id=20 FOR UPDATE NOWAIT;  -- expect: error 3572
-- why: §7 row 17 "not supported" / §3.3 "not 5.7": SKIP LOCKED is a syntax error too (T41 gives 1064 for NOWAIT)
T3: SELECT id FROM t FORCE INDEX(PRIMARY) FOR UPDATE SKIP LOCKED;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
