-- @name: basic-02-pk-missing-row-gap-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, SELECT ... FOR UPDATE of a missing PRIMARY KEY value locks the gap
-- before the next record (X,GAP on 20): an insert into (10,20) waits, an
-- insert into another gap does not, and a second gap lock is compatible.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (10, 0), (20, 0), (30, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 15 FOR UPDATE;      -- expect: ok
T3: SELECT * FROM t WHERE id = 12 FOR UPDATE;      -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  nothing
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,GAP (20)
T2: INSERT INTO t VALUES (12, 2);                  -- expect: blocked -> ok
T3: INSERT INTO t VALUES (25, 3);                  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,GAP (20)
T1: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
