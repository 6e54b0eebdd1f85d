-- @name: edge-limit-delete-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, DELETE ... ORDER BY id LIMIT 2 with no WHERE: the scan starts at the
-- first record (the gap before it is locked too) and stops after two rows.
-- T2's insert of 5 (before the first row) waits; its UPDATE of 30 (not
-- reached) goes through.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0),(50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM t ORDER BY id LIMIT 2;             -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10) delete-marked
--   T1 holds  RECORD t.PRIMARY X (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: ok
T3: INSERT INTO t VALUES (5, 0);                   -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10) delete-marked
--   T1 holds  RECORD t.PRIMARY X (20) delete-marked
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (10) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
