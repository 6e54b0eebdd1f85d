-- @name: victim-three-cycle-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §5.2, §5.3 (derived; no §8 case and no MySQL test covers these steps)
-- Spec §7 rows 5 and 6 (5.7 side): the 5.7 DeadlockChecker compares only (1) = the transaction
-- found waiting for the requester (T2) and (2) = the requester (T3); with equal weights the
-- requester loses (trx_weight_ge((1),(2)) -> roll back (2)), although T1 is lighter.
-- Three-transaction cycle T1 -> T2 -> T3 -> T1 closed by T3, where T1 is strictly the lightest
-- (§5.2 weight = undo entries + lock structs: T1 1 + 3 = 4; T2 and T3 2 + 3 = 5 each; the inserts
-- of 21 and 31 add an undo entry and no lock struct, §3.6 step 3).
-- Counterpart: victim-three-cycle-mysql80.sql (8.0 rolls back T1).
-- DERIVED expectations: from the cited spec sections, not from a recorded 5.7 run.
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
-- why: waits for T2; T2 survives the deadlock and holds row 20 until its COMMIT
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> deadlock
-- why: waits for T3; T3 is the victim, its rollback releases row 30 to T2 in T3's step
T2: UPDATE t SET v=2 WHERE id=30;                  -- expect: blocked -> timeout
-- why: §5.3: search from T3's lock: T1 (waiting) -> T2 (waiting) -> T3's own lock: (1) = T2, (2) = T3;
-- why: trx_weight_ge(T2 = 5, T3 = 5) -> the requester T3 is rolled back at once (1213).
-- why: Deadlock lines: one per member of the cycle found (T1, T2, T3; the 5.7 report prints only
-- why: (1) T2 and (2) T3), each with its waiting X,REC_NOT_GAP and the other session's granted lock there
T3: UPDATE t SET v=2 WHERE id=10;                  -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--     behind T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
-- why: T2's end releases row 20 to T1 (§1.6)
-- released: T2 -> timeout (waited for before this step)
T2: COMMIT;                                        -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- why: §5.1: after 1213 the session is in autocommit mode; COMMIT succeeds
T3: COMMIT;                                        -- expect: ok
