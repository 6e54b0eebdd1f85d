-- @name: edge-delete-insert-same-pk-secondary-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, DELETE then INSERT of the same PRIMARY key in one transaction with a
-- different secondary value (k 20 -> 25): the clustered record is reused, the
-- old idx_k entry stays delete-marked and a new one appears. T2 reads the old
-- k = 20 through idx_k with FOR UPDATE and waits on the delete-marked entry;
-- T3's locking read of the new k = 25 waits on the new entry.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE id = 2;                    -- expect: ok
T1: INSERT INTO t VALUES (2, 25, 1);               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 20 FOR UPDATE;  -- expect: blocked -> ok
T3: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 25 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 2) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (25, 2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X (20, 2) delete-marked
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.idx_k S (25, 2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.idx_k X (20, 2) delete-marked
--   T2 holds  RECORD t.idx_k X,GAP (25, 2)
--   T3 holds  TABLE t IS
--   T3 holds  RECORD t.idx_k S (25, 2)
--   T3 holds  RECORD t.idx_k S,GAP (30, 3)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
