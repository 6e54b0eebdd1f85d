-- @name: probe-timeout-mid-multi-update-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, lock wait timeout in the middle of a multi-row UPDATE: T2's range
-- UPDATE locks and changes 10 and 20, then waits on 30 (locked by T1) and
-- times out. Only the statement is rolled back: v of 10 and 20 is back to 0
-- but T2 keeps its locks on them (10 REC_NOT_GAP, 20 next-key); T3's update
-- of 10 waits for T2.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 30;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id >= 10 AND id <= 40;  -- expect: blocked -> timeout
-- released: T2 -> timeout (waited for before this step)
T2: SELECT id, v FROM t WHERE id <= 20;            -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD t.PRIMARY X (20)
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 10;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD t.PRIMARY X (20)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
T1: COMMIT;                                        -- expect: ok
