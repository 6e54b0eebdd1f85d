-- @name: seed003-3b-duplicate-insert-three-sessions-rollback
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (3), classic three-session form: T1 inserts id 1 and keeps it
-- uncommitted, T2 and T3 insert id 1 and wait with S locks; T1 rolls back;
-- T2 and T3 both hold S and both need X -> deadlock. T2 did one extra insert
-- first, so T3 is lighter and should be the victim whatever the thread order.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE audit (id INT PRIMARY KEY) ENGINE=InnoDB;

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T2: INSERT INTO audit VALUES (2);                  -- expect: ok
T1: INSERT INTO t VALUES (1, 1);                   -- expect: ok
T2: INSERT INTO t VALUES (1, 2);                   -- expect: blocked -> ok
T3: INSERT INTO t VALUES (1, 3);                   -- expect: blocked -> deadlock
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  TABLE audit IX
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (1)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
-- released: T3 -> deadlock
-- deadlock: victim T3
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--     behind T3 holds  RECORD t.PRIMARY S supremum
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--     behind T2 holds  RECORD t.PRIMARY S supremum
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE audit IX
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY S,GAP (1)
--   T2 holds  RECORD t.PRIMARY S supremum
--   T2 holds  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  nothing
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
