-- @name: s-holder-bypass-two-waiters-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: mysql-test/suite/innodb/t/avoid_deadlock_with_blocked.test (MySQL 8.0, commit 7037a0bdc8), last scenario
-- @source: mysql-test/suite/innodb/r/avoid_deadlock_with_blocked.result (the show_locks() listings below)
-- Spec §7 row 2 (8.0 side, with complete data_locks): con1 holds S, con2 and con3 wait for X;
-- con1's X,REC_NOT_GAP request bypasses both waiters ("con1 has to bypass two transactions").
-- The MySQL test runs con2/con3 in autocommit; here they are in BEGIN blocks, which changes no
-- lock listed before T1's COMMIT. Table and row are the test's (t1 with the single row 1).
-- No 5.7 counterpart with these steps: 5.7 lacks FOR SHARE (see for-share-syntax-mysql57.sql).
CREATE TABLE t1 (id INT PRIMARY KEY);
INSERT INTO t1 (id) VALUES (1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: .result: "SELECT * FROM t1 FOR SHARE; id 1"
T1: SELECT * FROM t1 FOR SHARE;                    -- expect: ok
-- why: .test: con2 --send SELECT * FROM t1 FOR UPDATE, waits (lock_wait_will_wait), reaped after con1's COMMIT
T2: SELECT * FROM t1 FOR UPDATE;                   -- expect: blocked -> ok
-- why: .test: con3 --send the same, waits, reaped last
T3: SELECT * FROM t1 FOR UPDATE;                   -- expect: blocked -> ok
-- why: .result show_locks() after both sends: con1 IS, S 1, S supremum; con2 IX, X WAITING 1; con3 IX, X WAITING 1
-- @locks
--   T1 holds  TABLE t1 IS
--   T1 holds  RECORD t1.PRIMARY S (1)
--   T1 holds  RECORD t1.PRIMARY S supremum
--   T2 holds  TABLE t1 IX
--   T2 waits  RECORD t1.PRIMARY X (1)
--   T3 holds  TABLE t1 IX
--   T3 waits  RECORD t1.PRIMARY X (1)
-- why: .result: "SELECT * FROM t1 WHERE id=1 FOR UPDATE; id 1" returns at once
T1: SELECT * FROM t1 WHERE id=1 FOR UPDATE;        -- expect: ok
-- why: .result show_locks(): con1 adds IX and X,REC_NOT_GAP GRANTED on 1; con2/con3 unchanged
-- @locks
--   T1 holds  TABLE t1 IS
--   T1 holds  TABLE t1 IX
--   T1 holds  RECORD t1.PRIMARY S (1)
--   T1 holds  RECORD t1.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t1.PRIMARY S supremum
--   T2 holds  TABLE t1 IX
--   T2 waits  RECORD t1.PRIMARY X (1)
--   T3 holds  TABLE t1 IX
--   T3 waits  RECORD t1.PRIMARY X (1)
-- why: .test reaps con2 right after con1's COMMIT. In BEGIN blocks T3's X then conflicts with T2's
-- why: granted X (spec §1.6, 8.0 grant loop checks granted locks), so T3 is released by T2's COMMIT
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
