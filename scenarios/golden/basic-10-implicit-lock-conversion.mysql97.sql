-- @name: basic-10-implicit-lock-conversion
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, an INSERT leaves only an implicit lock (no lock struct, not listed);
-- when another session touches the row, InnoDB converts it into an explicit
-- X,REC_NOT_GAP lock owned by the inserter, and the reader waits behind it.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (10, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (20, 1);                  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IS
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T2: COMMIT;                                        -- expect: ok
