-- @name: upsert-replace-no-conflict
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, REPLACE of a new key behaves like an INSERT: implicit lock only (the
-- checkpoint lists only IX), inserts next to it go through, a locking read
-- of the new row converts the implicit lock and waits.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: REPLACE INTO t VALUES (5, 50, 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (6, 45, 0);               -- expect: ok
T3: SELECT * FROM t WHERE id = 5 FOR UPDATE;       -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (5)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
