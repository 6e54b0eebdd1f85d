-- @name: point-unique-notnull-clustered-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a table with no PRIMARY KEY but a UNIQUE NOT NULL key: InnoDB makes
-- uk_code the clustered index (locks are listed on t.uk_code, no PRIMARY).
-- Equality hit: X,REC_NOT_GAP like a PRIMARY hit; equality miss: X,GAP on the
-- next record; the other unique key idx_name is secondary.
CREATE TABLE t (code INT NOT NULL, name VARCHAR(10), UNIQUE KEY uk_code (code), KEY idx_name (name)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,'a'),(20,'b'),(30,'c'),(40,'d');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET name = 'bb' WHERE code = 20;      -- expect: ok
T1: SELECT * FROM t WHERE code = 35 FOR UPDATE;    -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_code X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.uk_code X,GAP (40)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (15, 'x');                -- expect: ok
T2: INSERT INTO t VALUES (33, 'y');                -- expect: blocked -> ok
T3: SELECT * FROM t WHERE code = 20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.uk_code X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.uk_code X,GAP (40)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_code X,GAP,INSERT_INTENTION (40)
--   T3 holds  TABLE t IS
--   T3 waits  RECORD t.uk_code S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
