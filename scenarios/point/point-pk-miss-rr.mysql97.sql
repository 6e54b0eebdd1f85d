-- @name: point-pk-miss-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, PRIMARY equality on a missing key: X,GAP on the next record (30).
-- A second gap lock on the same gap by T2 is compatible, but both then block
-- inserts of the other into that gap; T3's insert into another gap is fine.
-- A miss past the last row locks the supremum.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4),(50,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 25 FOR UPDATE;      -- expect: ok
T2: SELECT * FROM t WHERE id = 22 FOR UPDATE;      -- expect: ok
T3: SELECT * FROM t WHERE id = 99 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,GAP (30)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X supremum
T3: INSERT INTO t VALUES (45, 0);                  -- expect: ok
T3: UPDATE t SET v = 0 WHERE id = 30;              -- expect: ok
T2: INSERT INTO t VALUES (27, 0);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,GAP (30)
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  RECORD t.PRIMARY X supremum
T3: INSERT INTO t VALUES (60, 0);                  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
