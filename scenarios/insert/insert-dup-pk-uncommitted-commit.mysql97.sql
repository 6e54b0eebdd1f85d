-- @name: insert-dup-pk-uncommitted-commit
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, two sessions insert the same new PRIMARY key. T2's duplicate check
-- finds T1's uncommitted row, converts T1's implicit lock (X,REC_NOT_GAP owned
-- by T1) and waits with S,REC_NOT_GAP. When T1 commits, T2 fails with 1062
-- (blocked -> error 1062) and keeps its S lock.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, 50);                  -- expect: ok
T2: INSERT INTO t VALUES (5, 55);                  -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (5)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (5)
T2: COMMIT;                                        -- expect: ok
