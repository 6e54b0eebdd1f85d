-- @name: semi-consistent-wait-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: innodb-locking-spec.md §3.4 step 6 ("5.7 ... enqueue a waiting request and immediately cancel it, which in 5.7 runs the deadlock checker at enqueue time"), §5.3 (derived; no MySQL test covers these steps)
-- Spec §7 row 14: 5.7 enqueues T2's waiting X,REC_NOT_GAP on row 10 before cancelling it; the
-- synchronous checker (§5.3) sees T2 -> T1 -> T2 at that moment. Weights tie (undo 1 + IX, one
-- record struct and one waiting struct = 4 each), so the requester T2 is rolled back and T1's
-- UPDATE proceeds. Counterpart: semi-consistent-wait-mysql80.sql (no deadlock).
-- DERIVED expectations: from the cited spec sections, not from a recorded 5.7 run.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 10 only
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
-- why: §3.2 pk = c: X,REC_NOT_GAP on 20 only
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: T1 waits for T2's X,REC_NOT_GAP on 20; T2 is the victim below, so T1 is granted in T2's step
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- why: §3.4 step 6 + §5.3: the enqueued wait on 10 closes T2 -> T1 -> T2; tie -> requester T2 (1213).
-- why: Deadlock lines: (1) T1 waits X,REC_NOT_GAP on 20 behind T2's granted lock there; (2) T2 waits
-- why: X,REC_NOT_GAP on 10 behind T1's granted lock there
T2: UPDATE t SET v=8 WHERE v=999;                  -- expect: ok
-- why: §5.1: after 1213 the session is in autocommit mode; COMMIT succeeds
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
T1: COMMIT;                                        -- expect: ok
