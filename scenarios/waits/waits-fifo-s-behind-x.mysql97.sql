-- @name: waits-fifo-s-behind-x
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- FIFO: T1 holds S on row 20, T2's X request waits, and T3's S request,
-- although compatible with the granted S, waits behind T2's waiting X. T1's
-- COMMIT grants T2; T2's COMMIT grants T3.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
