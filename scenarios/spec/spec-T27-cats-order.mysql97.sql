-- @name: spec-T27-cats-order
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T27
-- Purpose: 8.0 grants the waiter that blocks others first; 5.7/MariaDB grant in queue order.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
T3: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
T2: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> timeout
T3: UPDATE t SET v=3 WHERE id=20;                  -- expect: blocked -> ok
T4: UPDATE t SET v=4 WHERE id=30;                  -- expect: blocked -> ok
-- spec: (pause >= 1 s so that 8.0 recomputes schedule weights)
-- harness: the pause is a 1 s sleep in T1, which is not blocked
T1: DO SLEEP(1);                                   -- expect: ok
-- spec: 8.0: T3's UPDATE completes, T2 stays blocked | 5.7, MDB: T2 completes, T3 stays blocked
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- spec (5.7/MDB): T2: COMMIT -> T3 completes
-- spec-releases: T3
-- released: T2 -> timeout (waited for before this step)
T2: COMMIT;                                        -- expect: ok
-- spec (5.7/MDB): T3: COMMIT -> T4 completes
-- spec-releases: T4
T3: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
