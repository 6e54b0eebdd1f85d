-- @name: semi-consistent-wait-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: innodb-locking-spec.md §3.4 step 6, §8 T19 (derived for the deadlock part; no MySQL test covers these steps)
-- Spec §7 row 14: 8.0 implements the semi-consistent read with SKIP_LOCKED: T2's UPDATE never
-- creates a waiting lock on row 10 (locked by T1, which itself waits for T2), reads its committed
-- version (v=0, no match) and skips it. No deadlock. Counterpart: semi-consistent-wait-mysql57.sql.
-- MariaDB: scenarios/update/update-rc-semi-consistent.sql (semi-consistent read without the cycle).
-- DERIVED expectations for these steps (T19 step 2 is the same skip without T1 waiting for T2).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 10 only
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 20 only
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: X,REC_NOT_GAP on 20 is T2's; T1 waits until T2 ends
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- why: T19 step 2 "ok (0 rows, never waits)"; §3.4 step 6: 8.0 uses SKIP_LOCKED, no waiting lock
T2: UPDATE t SET v=8 WHERE v=999;                  -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
T1: COMMIT;                                        -- expect: ok
