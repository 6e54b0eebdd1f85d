-- @name: types-decimal-key
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- DECIMAL(6,2) PRIMARY KEY: range price > 1.50 AND price < 2.75 next-key
-- locks 2.00, 2.50 and 3.00 (past the range). Keys are shown in the
-- storage format (hex). An insert of 2.60 waits, 3.10 does not.
CREATE TABLE d (price DECIMAL(6,2) PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO d VALUES (1.00,0),(1.50,0),(2.00,0),(2.50,0),(3.00,0),(3.50,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM d WHERE price > 1.50 AND price < 2.75 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE d IX
--   T1 holds  RECORD d.PRIMARY X (0x800200)
--   T1 holds  RECORD d.PRIMARY X (0x800232)
--   T1 holds  RECORD d.PRIMARY X,GAP (0x800300)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO d VALUES (3.10, 0);                -- expect: ok
T3: INSERT INTO d VALUES (2.60, 0);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE d IX
--   T1 holds  RECORD d.PRIMARY X (0x800200)
--   T1 holds  RECORD d.PRIMARY X (0x800232)
--   T1 holds  RECORD d.PRIMARY X,GAP (0x800300)
--   T2 holds  TABLE d IX
--   T3 holds  TABLE d IX
--   T3 waits  RECORD d.PRIMARY X,GAP,INSERT_INTENTION (0x800300)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
