-- @name: probe-uk-update-to-held-value-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of a UNIQUE secondary column to a value another uncommitted
-- transaction just wrote: T1 moved row 2 from u=20 to u=25 (new entry
-- implicitly locked). T2's UPDATE to u=25 converts that implicit lock and
-- waits S; T1 commits, T2 fails with 1062 and keeps its S lock. T3's insert
-- of u=22 (gap before 25) waits behind T2's S next-key lock.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET u = 25 WHERE id = 2;              -- expect: ok
T2: UPDATE t SET u = 25 WHERE id = 4;              -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (25, 2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 waits  RECORD t.uk_u S (25, 2)
--   T3 holds  nothing
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD t.uk_u S (25, 2)
--   T3 holds  nothing
T3: INSERT INTO t VALUES (9,22,3);                 -- expect: blocked -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T2 holds  RECORD t.uk_u S (25, 2)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (25, 2)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
