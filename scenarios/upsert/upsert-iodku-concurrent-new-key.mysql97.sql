-- @name: upsert-iodku-concurrent-new-key
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, two IODKU on the same new key. T1 inserts row 5 (implicit lock only,
-- nothing listed). T2's IODKU finds the uncommitted duplicate, converts T1's
-- implicit lock and waits with X,REC_NOT_GAP; after T1's COMMIT it updates
-- the row instead of failing (blocked -> ok).
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, 50, 0) ON DUPLICATE KEY UPDATE v = v + 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: INSERT INTO t VALUES (5, 50, 0) ON DUPLICATE KEY UPDATE v = v + 1;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (5)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
T2: SELECT * FROM t WHERE id = 5;                  -- expect: ok
T2: COMMIT;                                        -- expect: ok
