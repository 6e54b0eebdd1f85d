-- @name: blocker-granted-first-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: mysql-test/suite/innodb/t/avoid_deadlock_with_blocked.test (MySQL 8.0, commit 7037a0bdc8), fourth scenario ("More complicated scenario. It's not ideal.")
-- @source: mysql-test/suite/innodb/r/avoid_deadlock_with_blocked.result (the show_locks() listings below)
-- Spec §7 rows 3 and 5 (8.0 side): granted locks are kept ahead of waiting ones, so a new
-- waiter's single recorded blocker is the first conflicting *granted* lock (§1.5), and the
-- detector only follows that one edge (§5.4). The test's comment: con1's X,REC_NOT_GAP request
-- "will get blocked by con2, not con3, because we search for a blocker in the queue starting
-- from the granted locks"; no deadlock. 5.7 searches every conflicting lock ahead (§5.3) and
-- finds the cycle through con3: blocker-granted-first-mysql57.sql.
-- Table and row are the test's (t1 with the single row 1). The test runs con3 in autocommit;
-- here it is in a BEGIN block, which changes no lock listed below.
CREATE TABLE t1 (id INT PRIMARY KEY);
INSERT INTO t1 (id) VALUES (1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: .result "SELECT * FROM t1 FOR SHARE; id 1"
T1: SELECT * FROM t1 FOR SHARE;                    -- expect: ok
-- why: .result "SELECT * FROM t1 WHERE id=1 FOR SHARE; id 1"
T2: SELECT * FROM t1 WHERE id=1 FOR SHARE;         -- expect: ok
-- why: .result show_locks(): con1 IS, S 1, S supremum; con2 IS, S,REC_NOT_GAP 1; con3 not yet in a transaction
-- @locks
--   T1 holds  TABLE t1 IS
--   T1 holds  RECORD t1.PRIMARY S (1)
--   T1 holds  RECORD t1.PRIMARY S supremum
--   T2 holds  TABLE t1 IS
--   T2 holds  RECORD t1.PRIMARY S,REC_NOT_GAP (1)
--   T3 holds  nothing
-- why: .test: con3 --send SELECT * FROM t1 FOR UPDATE, waits; completed once con1 committed (empty listing after con1's COMMIT)
T3: SELECT * FROM t1 FOR UPDATE;                   -- expect: blocked -> ok
-- why: .test: con1 --send SELECT ... WHERE id=1 FOR UPDATE, waits (lock_wait_will_wait); reaped without error after con2's COMMIT
T1: SELECT * FROM t1 WHERE id=1 FOR UPDATE;        -- expect: blocked -> ok
-- why: .result show_locks() with both waiting
-- @locks
--   T1 holds  TABLE t1 IS
--   T1 holds  TABLE t1 IX
--   T1 holds  RECORD t1.PRIMARY S (1)
--   T1 holds  RECORD t1.PRIMARY S supremum
--   T1 waits  RECORD t1.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  TABLE t1 IS
--   T2 holds  RECORD t1.PRIMARY S,REC_NOT_GAP (1)
--   T3 holds  TABLE t1 IX
--   T3 waits  RECORD t1.PRIMARY X (1)
-- why: .result show_locks() after con2's COMMIT: con1's X,REC_NOT_GAP GRANTED, con3 still WAITING
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
-- @locks
--   T1 holds  TABLE t1 IS
--   T1 holds  TABLE t1 IX
--   T1 holds  RECORD t1.PRIMARY S (1)
--   T1 holds  RECORD t1.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD t1.PRIMARY S supremum
--   T2 holds  nothing
--   T3 holds  TABLE t1 IX
--   T3 waits  RECORD t1.PRIMARY X (1)
-- why: .result: after con1's COMMIT the listing is empty and con3's reap returns row 1
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
