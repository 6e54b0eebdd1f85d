-- @name: edge-update-pk-plus-ten-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE t SET id = id + 10 on a small table (ids 1..4 -> 11..14), plan
-- "Using buffer": the full scan next-key locks every original record and the
-- supremum before any row moves; each row is then delete-marked and the new
-- records 11..14, inserted under T1's supremum lock, inherit X,GAP only.
-- T2's insert of id 20 (after the new rows) waits; T3's locking read of id 2
-- waits on its delete-marked record.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET id = id + 10;                     -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1) delete-marked
--   T1 holds  RECORD t.PRIMARY X (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X (3) delete-marked
--   T1 holds  RECORD t.PRIMARY X (4) delete-marked
--   T1 holds  RECORD t.PRIMARY X,GAP (11)
--   T1 holds  RECORD t.PRIMARY X,GAP (12)
--   T1 holds  RECORD t.PRIMARY X,GAP (13)
--   T1 holds  RECORD t.PRIMARY X,GAP (14)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (20, 0);                  -- expect: blocked -> ok
T3: SELECT v FROM t WHERE id = 2 FOR UPDATE;       -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (1) delete-marked
--   T1 holds  RECORD t.PRIMARY X (2) delete-marked
--   T1 holds  RECORD t.PRIMARY X (3) delete-marked
--   T1 holds  RECORD t.PRIMARY X (4) delete-marked
--   T1 holds  RECORD t.PRIMARY X,GAP (11)
--   T1 holds  RECORD t.PRIMARY X,GAP (12)
--   T1 holds  RECORD t.PRIMARY X,GAP (13)
--   T1 holds  RECORD t.PRIMARY X,GAP (14)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
