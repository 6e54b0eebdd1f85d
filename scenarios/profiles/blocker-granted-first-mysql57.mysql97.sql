-- @name: blocker-granted-first-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §1.5, §1.6, §5.3 (derived; no §8 case and no MySQL 5.7 test covers these steps)
-- Spec §7 rows 3 and 5 (5.7 side), the steps of blocker-granted-first-mysql80.sql (from
-- MySQL's avoid_deadlock_with_blocked.test) with LOCK IN SHARE MODE (5.7 has no FOR SHARE).
-- 5.7 keeps locks in creation order and its DeadlockChecker (§5.3) looks at every lock ahead of
-- the new waiting lock that it has to wait for: T1's X,REC_NOT_GAP has T3's waiting X ahead,
-- T3's X has T1's granted S ahead -> cycle T1 -> T3 -> T1, found at once. 8.0 records only T2
-- as T1's blocker and finds nothing. MariaDB (one edge per waiter, creation order) is not
-- recorded for these steps.
-- DERIVED expectations: every outcome below follows from the cited spec sections, not from a
-- recorded 5.7 run; treat a mismatch as a question, not proof that innosim is wrong.
CREATE TABLE t1 (id INT PRIMARY KEY);
INSERT INTO t1 (id) VALUES (1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: §3.2 full scan RR: S next-key on 1 and S on the supremum, nothing waits
T1: SELECT * FROM t1 LOCK IN SHARE MODE;           -- expect: ok
-- why: §3.2 pk = c: S,REC_NOT_GAP on 1, compatible with S
T2: SELECT * FROM t1 WHERE id=1 LOCK IN SHARE MODE;  -- expect: ok
-- why: §1.3: X next-key on 1 waits for both S locks; §5.3: T3 becomes (1) of the cycle closed by
-- why: T1's next step and is the lighter one (IX + 1 waiting struct = 2, no undo, vs T1's IS + S +
-- why: IX + waiting = 4): trx_weight_ge((1),(2)) is false, so (1) = T3 is rolled back
T3: SELECT * FROM t1 FOR UPDATE;                   -- expect: blocked -> ok
-- why: §1.5: T1's X,REC_NOT_GAP conflicts with T2's granted S,REC_NOT_GAP and T3's waiting X -> waits;
-- why: §5.3 search: T3's waiting X (ahead) -> T3 waits for T1's S -> cycle; victim T3 (above); the
-- why: checker searches again, finds no cycle, and T1 keeps waiting for T2 (not in the cycle).
-- why: deadlock lines: members T1 and T3; granted locks of other sessions on record 1 as "behind"
T1: SELECT * FROM t1 WHERE id=1 FOR UPDATE;        -- expect: blocked -> ok
-- why: §1.6 5.7: T2's release grants T1 (no conflicting lock ahead of it any more)
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- why: §5.1: after 1213 the session is in autocommit mode; COMMIT succeeds
T3: COMMIT;                                        -- expect: ok
