-- @name: victim-three-cycle-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §5.2, §5.4 (derived; no §8 case and no MySQL test covers these steps)
-- Spec §7 rows 5 and 6 (8.0 side): the 8.0 detector sees the whole cycle and rolls back its
-- lightest member (§5.4 "Net: the lightest transaction"), here T1, which did not close the cycle.
-- Three-transaction cycle T1 -> T2 -> T3 -> T1 closed by T3, where T1 is strictly the lightest
-- (§5.2 weight = undo entries + lock structs: T1 1 + 3 = 4; T2 and T3 2 + 3 = 5 each; the inserts
-- of 21 and 31 add an undo entry and no lock struct, §3.6 step 3).
-- Counterpart: victim-three-cycle-mysql57.sql. MariaDB: scenarios/deadlock/deadlock-three-session-middle-victim.sql
-- (a different three-session cycle; MariaDB also takes the lightest member, §5.5).
-- DERIVED expectations: from the cited spec sections, not from a recorded 8.0 run.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on each row, nothing shared
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 20 only
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 30 only
T3: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
-- why: §1.3 step 6: an insert intention never waits for REC_NOT_GAP locks (next records 30 and supremum)
T2: INSERT INTO t VALUES (21,21,0);                -- expect: ok
-- why: §1.3 step 4/6: the supremum has no lock objects; no lock is created (§3.6 step 3)
T3: INSERT INTO t VALUES (31,31,0);                -- expect: ok
-- why: §5.4: T1 (weight 4) is the lightest member, rolled back when T3's request closes the cycle
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> deadlock
-- why: waits for T3's X,REC_NOT_GAP on 30; T3 stays active, so T2 is granted only at T3's COMMIT
T2: UPDATE t SET v=2 WHERE id=30;                  -- expect: blocked -> ok
-- why: §5.4: victim T1 (lightest; its wait is cancelled, it rolls back and releases row 10), so T3's
-- why: request is granted within its own step (ok). Deadlock lines: each member's waiting
-- why: X,REC_NOT_GAP and the other session's granted X,REC_NOT_GAP on that record
T3: UPDATE t SET v=2 WHERE id=10;                  -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--     behind T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
-- why: T3's end releases row 30 to T2 (§1.6)
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
-- why: §5.1: after 1213 the session is in autocommit mode; COMMIT succeeds
T1: COMMIT;                                        -- expect: ok
