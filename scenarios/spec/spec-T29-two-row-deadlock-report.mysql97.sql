-- @name: spec-T29-two-row-deadlock-report
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T29
-- Purpose: Two-row deadlock: the victim, the MariaDB report, and the session state after 1213.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=1 WHERE id=10;                  -- expect: ok
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: blocked -> ok
-- spec: tie (undo 1 + 3 structs) -> requester T2. MariaDB report: (1) T2 waiting on 10, CONFLICTING WITH
-- spec: T1's lock on 10; (2) T1 waiting on 20; "WE ROLL BACK TRANSACTION (1)" ((2) on releases affected by MDEV-37977)
-- spec-releases: T1
T2: UPDATE t SET v=2 WHERE id=10;                  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
-- spec: ok (MySQL; the deadlock ended T2's transaction block, so this statement autocommits)
T2: UPDATE t SET v=9 WHERE id=30;                  -- expect: ok
-- spec: MySQL: ok | MDB before MDEV-36959: blocked (T2 is inside an implicit transaction)
-- spec: MDEV-36959 was fixed in 2025 (PR #4122, 10.6+ branches); 10.11.19 is taken to include it, hence ok
T3: UPDATE t SET v=8 WHERE id=30;                  -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
