-- @name: range-limit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, LIMIT stops the scan: id >= 20 ORDER BY id LIMIT 2 FOR UPDATE locks
-- 20 (REC_NOT_GAP, exact start) and 30 (next-key) only; no lock past the last
-- row read, so the insert of 35 and the UPDATE of 40 go through, the insert
-- of 25 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id >= 20 ORDER BY id LIMIT 2 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: ok
T2: UPDATE t SET v = 1 WHERE id = 40;              -- expect: ok
T3: INSERT INTO t VALUES (25, 25, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
