-- @name: insert-implicit-secondary-conversion
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, an uncommitted INSERT is protected by implicit locks only (first
-- checkpoint: nothing listed for T1). T2's FOR UPDATE through idx_k reaches
-- the new secondary entry (25, 25) first: InnoDB converts T1's implicit lock
-- on that entry into an explicit X,REC_NOT_GAP owned by T1 and T2 waits on it.
-- T3's PRIMARY lookup converts the clustered implicit lock. T1's COMMIT
-- grants T3's S on PRIMARY 25 (queued first), so T2, which next needs X on
-- that PRIMARY record, waits for T3 and finishes only at T3's COMMIT.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (25, 25, 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
--   T3 holds  nothing
T2: SELECT id FROM t FORCE INDEX (idx_k) WHERE k = 25 FOR UPDATE;  -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 25 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (25)
--   T1 holds  RECORD t.idx_k X,REC_NOT_GAP (25, 25)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_k X (25, 25)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (25)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
