-- @name: grant-order-cats-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T27
-- Spec §7 row 4: 5.7 grants in queue order (FIFO, §1.6). Counterparts: grant-order-cats-mysql80.sql;
-- MariaDB (same FIFO): scenarios/spec/spec-T27-cats-order.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
-- why: T27 steps 1-5
T1: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: T27 step 2 "ok"
T3: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
-- why: T27 step 3 "blocked -> ok" (waits for T1)
T2: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> timeout
-- why: T27 step 4 "blocked -> ok" (waits for T1, behind T2)
T3: UPDATE t SET v=3 WHERE id=20;                  -- expect: blocked -> ok
-- why: T27 step 5 "blocked -> ok" (waits for T3)
T4: UPDATE t SET v=4 WHERE id=30;                  -- expect: blocked -> ok
-- why: kept from T27 so that the steps equal the 8.0 file (no effect in 5.7)
T1: DO SLEEP(1);                                   -- expect: ok
-- why: T27 "5.7, MDB: T2 completes, T3 stays blocked"
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- why: T27 "5.7/MDB: T2: COMMIT -> T3 completes"
-- released: T2 -> timeout (waited for before this step)
T2: COMMIT;                                        -- expect: ok
-- why: T27 "T3: COMMIT -> T4 completes"
T3: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
