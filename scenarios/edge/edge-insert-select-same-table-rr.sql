-- @name: edge-insert-select-same-table-rr
-- @server: mariadb-10.11
-- RR, INSERT ... SELECT from the same table: the source rows are read with S
-- next-key locks (the server buffers them in a temporary table first), then
-- the copies are inserted. T2's UPDATE of a source row waits; T3's insert into
-- a gap after the source range, locked by the scan, waits too.
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
--   T1 holds  RECORD t.PRIMARY S (3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 0 WHERE id = 2;               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (4, 4);                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S (1)
--   T1 holds  RECORD t.PRIMARY S (2)
--   T1 holds  RECORD t.PRIMARY S (3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
