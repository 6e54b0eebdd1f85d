-- @name: probe-deadlock-uk-dupcheck-vs-update-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, deadlock between an INSERT's duplicate check (S on a unique secondary
-- entry) and an UPDATE through that index (X): T1 holds PRIMARY 3, T2 holds
-- uk (20) X. T1's insert of u=20 waits S on uk (20, 2); T2's UPDATE ... WHERE
-- u = 30 then waits on PRIMARY 3: cycle, the requester T2 is the victim and
-- T1's insert then fails with 1062 (row 2 is still there), keeping S on uk.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 3;               -- expect: ok
T2: UPDATE t SET v = 2 WHERE u = 20;               -- expect: ok
T1: INSERT INTO t VALUES (9,20,1);                 -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 waits  RECORD t.uk_u S (20, 2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD t.uk_u X,REC_NOT_GAP (20, 2)
T2: UPDATE t SET v = 2 WHERE u = 30;               -- expect: deadlock
-- released: T1 -> error 1062
-- deadlock: victim T2
--   T1 waits  RECORD t.uk_u S (20, 2)
--     behind T2 holds  RECORD t.uk_u X,REC_NOT_GAP (20, 2)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD t.uk_u S (20, 2)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
