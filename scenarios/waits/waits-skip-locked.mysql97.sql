-- @name: waits-skip-locked
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- SKIP LOCKED as a job queue: T1 takes the first free row (LIMIT 1 FOR UPDATE
-- SKIP LOCKED returns 10), T2 the same query skips 10 and gets 20, T3 skips
-- both and gets 30. Skipped rows are not locked by the skipper.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE v = 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;  -- expect: ok
T2: SELECT id FROM t WHERE v = 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;  -- expect: ok
T3: SELECT id FROM t WHERE v = 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X (20)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X (30)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
