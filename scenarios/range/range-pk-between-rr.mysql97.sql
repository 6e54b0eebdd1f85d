-- @name: range-pk-between-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, id BETWEEN 20 AND 40 FOR UPDATE: the first record equals the start of a
-- >= search on the full PRIMARY key, so 20 gets X,REC_NOT_GAP; 30 and 40 get
-- next-key locks, and the record past the range (50) too. The insert of 15
-- goes through, the insert of 45 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t WHERE id BETWEEN 20 AND 40 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (15, 15, 0);              -- expect: ok
T3: INSERT INTO t VALUES (45, 45, 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
