-- @name: insert-gap-split-other-holder
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, gap split with a lock of another transaction on the next record: T1
-- holds X,REC_NOT_GAP on 30 (no gap), so T2's insert of 25 does not wait;
-- T3 holds S,GAP on 30 via a miss (id = 28) - taken after T2's insert, it
-- now lies on the gap 25..30 only. T2's insert of 23 (next record 25, no
-- lock) does not wait, its insert of 27 waits for T3 until T3's COMMIT.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 30 FOR UPDATE;      -- expect: ok
T2: INSERT INTO t VALUES (25, 25, 0);              -- expect: ok
T3: SELECT * FROM t WHERE id = 28 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.PRIMARY S,GAP (30)
T2: INSERT INTO t VALUES (23, 23, 0);              -- expect: ok
T2: INSERT INTO t VALUES (27, 27, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.PRIMARY S,GAP (30)
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
