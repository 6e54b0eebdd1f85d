-- @name: edge-insert-ignore-dup-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, INSERT IGNORE hitting a committed duplicate PRIMARY key: the statement
-- succeeds with a warning, the row is not inserted, but the duplicate check
-- leaves S,REC_NOT_GAP on the existing record; T2's UPDATE of it waits.
-- The non-duplicate row of the same statement is inserted (implicit lock).
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT IGNORE INTO t VALUES (20, 9), (25, 9);  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
