-- @name: spec-T28-heavier-survives
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T28
-- Purpose: The victim is the lighter transaction, not the requester.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- spec: ok (undo 2)
T1: UPDATE t SET v=1 WHERE id IN (10,30);          -- expect: ok
-- spec: ok (undo 1)
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
T2: UPDATE t SET v=2 WHERE id=10;                  -- expect: blocked -> deadlock
-- spec: T1 = 2 undo + (IX + one X,REC_NOT_GAP struct + waiting struct) = 5; T2 = 1 + 3 = 4 -> T2 is the victim
-- spec-releases: T2
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: ok
-- released: T2 -> deadlock
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--     behind T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T1: COMMIT;                                        -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
