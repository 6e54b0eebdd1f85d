-- @name: probe-nowait-range-second-row-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, NOWAIT range hitting a locked second row: T2's id BETWEEN 10 AND 30
-- FOR UPDATE NOWAIT locks 10, fails at once with 1205 on 20. The lock on 10
-- stays (statement rollback does not release locks): T3's update of 10 waits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: SELECT * FROM t WHERE id BETWEEN 10 AND 30 FOR UPDATE NOWAIT;  -- expect: error 3572
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 10;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
T1: COMMIT;                                        -- expect: ok
