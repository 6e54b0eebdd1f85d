-- @name: waits-grant-order-release
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Grant order on release: T1 holds X on row 20; T2 (S), T3 (S) and T4 (X)
-- queue in that order. T1's COMMIT grants both S requests together; T4 keeps
-- waiting until both S holders have committed.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T4: UPDATE t SET v = 4 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IS
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
