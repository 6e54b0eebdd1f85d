-- @name: probe-multi-insert-later-dup-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, multi-row INSERT (15),(25),(20) whose third row is a PK duplicate:
-- the statement fails with 1062 and is rolled back; rows 15 and 25 are gone
-- (T2 can insert 15 and 25 at once), the failed duplicate check keeps
-- S,REC_NOT_GAP on row 20, so T2's UPDATE of 20 waits until T1 commits.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (15,15,1),(25,25,1),(20,21,1);  -- expect: error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T1 holds  RECORD t.idx_k X,GAP (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  nothing
T2: INSERT INTO t VALUES (15,15,2);                -- expect: blocked -> timeout
-- released: T2 -> timeout (waited for before this step)
T2: INSERT INTO t VALUES (25,25,2);                -- expect: blocked -> timeout
-- released: T2 -> timeout (waited for before this step)
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T1 holds  RECORD t.idx_k X,GAP (20, 20)
--   T1 holds  RECORD t.idx_k X,GAP (30, 30)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
