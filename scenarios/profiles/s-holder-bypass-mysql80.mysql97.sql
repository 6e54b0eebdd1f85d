-- @name: s-holder-bypass-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T24
-- @source: mysql-test/suite/innodb/t/avoid_deadlock_with_blocked.test (MySQL 8.0, commit 7037a0bdc8, Bug #11745929), first scenario
-- Spec §7 row 2: a transaction holding S on a record may bypass another transaction's waiting X
-- on it (§1.3 step 8, "new" = after 8.0.27). The MySQL test's first scenario is the same case
-- (con1 S, con2 X waits, con1 X "instead of deadlocking"). Counterparts: s-holder-bypass-mysql57.sql;
-- MariaDB: scenarios/spec/spec-T24-s-holder-upgrade-bypass.sql (no bypass, errata T24).
-- See also s-holder-bypass-two-waiters-mysql80.sql (data_locks listings from the .result file).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T24 step 1 "expect: ok"
T1: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: ok
-- why: T24 step 2 "new: blocked -> ok"; avoid_deadlock_with_blocked.result: con2's FOR UPDATE is reaped without error
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
-- why: T24 step 3 "new: ok"; avoid_deadlock_with_blocked.result: con1's FOR UPDATE returns at once (row 1)
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: ok
-- why: T2's X waits for T1 only; T1's end grants it (§1.6 8.0: waiter whose blocking_trx is the releaser)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
