-- @name: spec-T35-foreign-keys
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T35
-- @isolation T5: READ COMMITTED
-- @isolation T6: READ COMMITTED
-- Purpose: Foreign-key checks: S locks on the parent row, deadlock of two child inserters, failed checks.
-- Fixture F3 (tables p, c) of spec §8, inlined.
CREATE TABLE p (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE c (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), FOREIGN KEY (pid) REFERENCES p (id)) ENGINE=InnoDB;
INSERT INTO p VALUES (1,0),(2,0),(3,0);
INSERT INTO c VALUES (100,1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
-- a)
T1: INSERT INTO c VALUES (101,2);                  -- expect: ok
T2: UPDATE p SET v=1 WHERE id=2;                   -- expect: blocked -> ok
T3: SELECT * FROM p WHERE id=2 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T4: UPDATE p SET v=1 WHERE id=3;                   -- expect: ok
-- spec @locks: T1: c IX; p IS; p PRIMARY S,REC_NOT_GAP 2
-- spec-lock: T1 holds  TABLE c IX
-- spec-lock: T1 holds  TABLE p IS
-- spec-lock: T1 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2)
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  TABLE p IS
--   T1 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2)
--   T2 holds  TABLE p IX
--   T2 waits  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE p IS
--   T3 waits  RECORD p.PRIMARY S,REC_NOT_GAP (2)
--   T4 holds  TABLE p IX
--   T4 holds  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--   T5 holds  nothing
--   T6 holds  nothing
-- spec-releases: T2
-- harness: the spec has T1: COMMIT; ROLLBACK (same release) so that b) can insert child 101 again
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T4: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
-- released: T3 -> ok
T3: ROLLBACK;                                      -- expect: ok

-- b)
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO c VALUES (101,2);                  -- expect: ok
T2: INSERT INTO c VALUES (102,2);                  -- expect: ok
T1: UPDATE p SET v=1 WHERE id=2;                   -- expect: blocked -> ok
-- spec: both hold S on p.2; the bypass does not help because the other's S is granted;
-- spec: tie (undo 1 + 5 structs) -> requester T2
-- spec-releases: T1
T2: UPDATE p SET v=2 WHERE id=2;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2)
--   T2 waits  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--     behind T1 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2)
-- harness: ROLLBACK (the spec has no end steps) so that c) starts from F3
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

-- c)
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO c VALUES (103,9);                  -- expect: error 1452
-- spec: blocked -> ok   (RC: ok)
T2: INSERT INTO p VALUES (9,0);                    -- expect: blocked -> ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- harness: T2 rolls back so that the RC variant and d) start from F3
T2: ROLLBACK;                                      -- expect: ok
-- c) at READ COMMITTED, from the spec's "(RC: ok)": T5 plays T1 and T6 plays T2
T5: INSERT INTO c VALUES (103,9);                  -- expect: error 1452
T6: INSERT INTO p VALUES (9,0);                    -- expect: ok
T5: COMMIT;                                        -- expect: ok
T6: ROLLBACK;                                      -- expect: ok

-- d)
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM p WHERE id=3;                      -- expect: ok
T2: INSERT INTO c VALUES (104,3);                  -- expect: blocked -> error 1452
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1452
T2: COMMIT;                                        -- expect: ok
