-- @name: range-full-scan-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, DELETE with a condition on a non-indexed column: full PRIMARY scan,
-- X next-key on every record and the supremum although only one row matches.
-- Any insert waits, a locking read of a non-matching row waits too.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM t WHERE v = 2;                     -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20) delete-marked
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (100, 0);                 -- expect: blocked -> ok
T3: SELECT * FROM t WHERE id = 40 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X (20) delete-marked
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X (40)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (40)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
