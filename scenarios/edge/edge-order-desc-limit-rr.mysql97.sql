-- @name: edge-order-desc-limit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, descending scan: id <= 45 ORDER BY id DESC LIMIT 2 FOR UPDATE reads
-- 40 and 30 backwards. The record above the start (50) gets X,GAP, then 40
-- and 30 are next-key locked; the scan stops there. T2's insert of 25 (gap
-- below 30) and T3's insert of 45 (gap below 50) both wait.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0),(50,0),(60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id <= 45 ORDER BY id DESC LIMIT 2 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X,GAP (50)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 0);                  -- expect: blocked -> ok
T3: INSERT INTO t VALUES (45, 0);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X,GAP (50)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (50)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
