-- @name: rules14-not-null-explicit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 14, locking rules found by random scenarios
-- RR, an explicit NULL into a NOT NULL column fails with 1048 before InnoDB is touched (no IX
-- expected); an omitted NOT NULL column without default fails with 1364; INSERT IGNORE stores
-- the type's zero with a warning: T2's locking read of v = 0 converts T1's implicit lock on
-- idx_v entry (0, 6).
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL, KEY idx_v (v)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, NULL);                -- expect: error 1048
T1: INSERT INTO t (id) VALUES (7);                 -- expect: error 1364
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
T1: INSERT IGNORE INTO t VALUES (6, NULL);         -- expect: ok
T2: SELECT id FROM t FORCE INDEX (idx_v) WHERE v = 0 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.idx_v X,REC_NOT_GAP (0, 6)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_v X (0, 6)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
