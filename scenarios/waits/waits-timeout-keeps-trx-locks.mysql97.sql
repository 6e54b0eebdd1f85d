-- @name: waits-timeout-keeps-trx-locks
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Lock wait timeout inside a transaction: T2's UPDATE of row 20 waits for T1
-- and the next step of T2 (a SELECT of its own locks) has to wait for that
-- statement to time out first (released before the step). Only the
-- statement is rolled back: T2 keeps X on row 10 and the row change it made,
-- so T3's UPDATE of row 10 waits until T2's ROLLBACK.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 10;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> timeout
-- released: T2 -> timeout (waited for before this step)
T2: SELECT id, v FROM t WHERE id = 10;             -- expect: ok
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
T2: ROLLBACK;                                      -- expect: ok
-- released: T3 -> ok
T1: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
