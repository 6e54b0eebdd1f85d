-- @name: spec-T26-fifo-shared-behind-exclusive
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T26
-- Purpose: A shared request waits behind a waiting exclusive request.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: ok
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- spec: ok (T2 completes; T3 still blocked)
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- spec: ok (T3 completes)
-- spec-releases: T3
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
