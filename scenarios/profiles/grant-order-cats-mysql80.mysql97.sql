-- @name: grant-order-cats-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T27
-- Spec §7 row 4: on release 8.0 grants by CATS weight (§1.6): T3 (weight 2: itself + T4 waiting
-- for it) before the earlier-queued T2 (weight 1). Counterparts: grant-order-cats-mysql57.sql;
-- MariaDB (FIFO): scenarios/spec/spec-T27-cats-order.sql.
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
T2: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- why: T27 step 4 "blocked -> ok" (waits for T1, behind T2)
T3: UPDATE t SET v=3 WHERE id=20;                  -- expect: blocked -> ok
-- why: T27 step 5 "blocked -> ok" (waits for T3)
T4: UPDATE t SET v=4 WHERE id=30;                  -- expect: blocked -> ok
-- why: T27 "(pause >= 1 s so that 8.0 recomputes schedule weights)", as in spec-T27 (a sleep in unblocked T1)
T1: DO SLEEP(1);                                   -- expect: ok
-- why: T27 "8.0: T3's UPDATE completes, T2 stays blocked"
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- why: T27 "then 8.0: T3: COMMIT -> T2 and T4 complete"
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
