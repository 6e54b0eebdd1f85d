-- @name: range-pk-gt-supremum-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ranges that run past the last row. T1: id > 45 FOR UPDATE next-key
-- locks 50, 60 and the supremum. T2: id >= 100 LOCK IN SHARE MODE finds no
-- row and S-locks the supremum only (compatible with T1's X supremum: both
-- are gap locks). Inserts at the end wait for both.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id > 45 FOR UPDATE;     -- expect: ok
T2: SELECT id FROM t WHERE id >= 100 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X (60)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S supremum
--   T3 holds  nothing
T3: INSERT INTO t VALUES (200, 200, 0);            -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (50)
--   T1 holds  RECORD t.PRIMARY X (60)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
