-- @name: insert-gap-split-inherit
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, gap split: T1 holds X,GAP on 30 (missing key 25) and inserts 22 into
-- that gap itself. The new record 22 inherits T1's gap lock (X,GAP on 22),
-- so T2's insert of 21 (gap 20..22) waits on 22 and T3's insert of 27
-- (gap 22..30) waits on 30. The insert intention struct stays listed.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 25 FOR UPDATE;      -- expect: ok
T1: INSERT INTO t VALUES (22, 22, 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (22)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (21, 21, 0);              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (27, 27, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (22)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (22)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
