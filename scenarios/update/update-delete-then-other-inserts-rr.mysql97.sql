-- @name: update-delete-then-other-inserts-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, T1 deletes row 20 (delete-marked, not purged). T2 inserts the same
-- key: its duplicate check meets the delete-marked record, converts T1's
-- implicit lock and waits (S,REC_NOT_GAP). When T1 commits, the record is
-- still delete-marked, so T2's insert succeeds (blocked -> ok).
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE id = 20;                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
T2: INSERT INTO t VALUES (20, 20, 5);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
