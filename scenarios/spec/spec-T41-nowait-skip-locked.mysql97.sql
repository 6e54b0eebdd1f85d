-- @name: spec-T41-nowait-skip-locked
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T41
-- Purpose: NOWAIT fails at once on a locked row; SKIP LOCKED skips it.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- spec: 8.0: error 3572 | MDB: error 1205 | 5.7: error 1064 (syntax)
T2: SELECT * FROM t WHERE id=20 FOR UPDATE NOWAIT;  -- expect: error 3572
-- spec: ok, rows 10 and 30
-- spec-rows: id 10, 30
T3: SELECT id FROM t FORCE INDEX(PRIMARY) FOR UPDATE SKIP LOCKED;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
