-- @name: edge-insert-select-same-table-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, INSERT ... SELECT from the same table (id <= 2): the source rows are
-- read with S next-key locks, including the first record past the range (3);
-- the copies 101 and 102 are inserted (implicit). T2's UPDATE of source row 2
-- waits; T3's insert of 4 (gap above 3, not locked) goes through.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1),(2,2),(3,3),(10,10),(11,11);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t SELECT id + 100, v FROM t WHERE id <= 2;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S (1)
--   T1 holds  RECORD t.PRIMARY S (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 0 WHERE id = 2;               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (4, 4);                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S (1)
--   T1 holds  RECORD t.PRIMARY S (2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
