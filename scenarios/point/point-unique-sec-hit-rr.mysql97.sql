-- @name: point-unique-sec-hit-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, LOCK IN SHARE MODE by equality on a UNIQUE secondary index, covering
-- (selects only id and u): MariaDB takes an S next-key lock on the unique
-- entry (not S,REC_NOT_GAP), no PRIMARY lock. An insert into the gap before
-- the entry waits; an insert after it does not; an UPDATE of the row by PK
-- that does not touch u goes through (no PRIMARY lock).
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id, u FROM t WHERE u = 20 LOCK IN SHARE MODE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.uk_u S,REC_NOT_GAP (20, 2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 15, 0);               -- expect: ok
T3: INSERT INTO t VALUES (6, 25, 0);               -- expect: ok
T3: UPDATE t SET v = 1 WHERE id = 2;               -- expect: ok
-- @locks
--   T1 holds  TABLE t IS
--   T1 holds  RECORD t.uk_u S,REC_NOT_GAP (20, 2)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
