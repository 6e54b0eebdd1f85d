-- @name: deadlock-report-session-state-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T29
-- Spec §7 rows 6 and 18 (and the cycle behind row 7's report): a two-row deadlock; the tie
-- (undo 1 + 3 structs each) goes to the requester T2 in both MySQL versions (5.7: "requester",
-- 8.0: "most recent waiter (= requester)"), and after 1213 the session runs in autocommit, so
-- T2's next UPDATE commits at once and T3 is not blocked by it. The same outcome in both MySQL
-- profiles; it differs from MariaDB before MDEV-36959 only. Counterparts:
-- deadlock-report-session-state-mysql57.sql; MariaDB: scenarios/spec/spec-T29-two-row-deadlock-report.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T29 steps 1-3
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
-- why: T29 step 2 "ok"
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: T29 step 3 "blocked -> ok" (granted when the victim T2 rolls back, in T2's step)
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- why: T29 step 4 "deadlock"; T1 then proceeds ("blocked -> ok"), granted when the victim's locks go.
-- why: T29's expected report: T1 HOLDS X,REC_NOT_GAP on 10 and WAITS for X,REC_NOT_GAP on 20;
-- why: T2 HOLDS X,REC_NOT_GAP on 20 and WAITS for X,REC_NOT_GAP on 10; WE ROLL BACK TRANSACTION (2) = T2
T2: UPDATE t SET v=2 WHERE id=10;                  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
-- why: T29 step 5 "ok"
T2: UPDATE t SET v=9 WHERE id=30;                  -- expect: ok
-- why: T29 step 6 "MySQL: ok" (T2 is not inside a transaction, §5.1)
T3: UPDATE t SET v=8 WHERE id=30;                  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
