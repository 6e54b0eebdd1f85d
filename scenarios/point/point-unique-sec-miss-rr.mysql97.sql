-- @name: point-unique-sec-miss-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, equality on a UNIQUE secondary index for a missing value: X,GAP on the
-- next unique entry (30, 3); no PRIMARY lock. An insert of u=27 waits; the
-- row of the next entry itself can still be updated, but T3's UPDATE by
-- u = 30 takes an X next-key lock on (30, 3) (MariaDB, unique secondary), so
-- after T1's COMMIT the insert keeps waiting, now for T3: it is released by
-- T3's COMMIT, not T1's.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 9 WHERE u = 25;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,GAP (30, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 27, 0);               -- expect: blocked -> ok
T3: UPDATE t SET v = 1 WHERE u = 30;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,GAP (30, 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  RECORD t.uk_u X,REC_NOT_GAP (30, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T3: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
