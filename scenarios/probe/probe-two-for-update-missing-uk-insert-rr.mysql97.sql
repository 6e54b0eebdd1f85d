-- @name: probe-two-for-update-missing-uk-insert-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, both sessions SELECT ... FOR UPDATE the same missing value of a UNIQUE
-- secondary index (gap locks on uk (30, 3), compatible), then both INSERT it:
-- T1's insert intention waits on T2's gap lock, T2's on T1's: deadlock.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE u = 25 FOR UPDATE;       -- expect: ok
T2: SELECT * FROM t WHERE u = 25 FOR UPDATE;       -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,GAP (30, 3)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.uk_u X,GAP (30, 3)
T1: INSERT INTO t VALUES (7,25,1);                 -- expect: blocked -> ok
T2: INSERT INTO t VALUES (8,25,2);                 -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
--     behind T2 holds  RECORD t.uk_u X,GAP (30, 3)
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
--     behind T1 holds  RECORD t.uk_u X,GAP (30, 3)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_u X,GAP (25, 7)
--   T1 holds  RECORD t.uk_u X,GAP (30, 3)
--   T1 holds  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
