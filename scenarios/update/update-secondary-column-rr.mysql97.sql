-- @name: update-secondary-column-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of an indexed column by PRIMARY key (k 20 -> 35): the old entry
-- (20, 20) is delete-marked and (35, 20) inserted, both implicitly locked by
-- T1 (nothing listed but PRIMARY). T2's locking read of k = 20 converts the
-- implicit lock on the delete-marked old entry and waits; T3's read of k = 35
-- waits on the new entry. Inserts of k = 33 / 37 around the new entry do not
-- wait (no gap lock from the UPDATE).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET k = 35 WHERE id = 20;             -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 20 FOR UPDATE;  -- expect: blocked -> ok
T3: INSERT INTO t VALUES (33, 33, 0);              -- expect: ok
T3: INSERT INTO t VALUES (37, 37, 0);              -- expect: ok
T3: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 35 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (20, 20) delete-marked
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (35, 20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X (20, 20) delete-marked
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.idx_k S (35, 20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
