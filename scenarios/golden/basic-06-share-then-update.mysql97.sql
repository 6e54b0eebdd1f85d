-- @name: basic-06-share-then-update
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, shared locks: two LOCK IN SHARE MODE readers are compatible with
-- each other; an UPDATE of the shared row waits until both release.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 0), (2, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 1 LOCK IN SHARE MODE;  -- expect: ok
T2: SELECT * FROM t WHERE id = 1 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (1)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (1)
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 1;               -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (1)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (1)
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
