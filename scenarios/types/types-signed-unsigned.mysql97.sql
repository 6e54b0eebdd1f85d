-- @name: types-signed-unsigned
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Signed and UNSIGNED INT keys: negative values sort before 0 in the signed
-- table (id < 0 locks -20, -10 and 0 past the range); in the UNSIGNED table
-- the search id < 5 locks 0, 3 and 7, and id = -1 matches nothing and takes
-- no lock at all (the constant is out of range for the column). An insert
-- of 3000000000 (past 7, before 4000000000) goes through; -5 waits.
CREATE TABLE sg (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE us (id INT UNSIGNED PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO sg VALUES (-20,0),(-10,0),(0,0),(10,0);
INSERT INTO us VALUES (0,0),(3,0),(7,0),(4000000000,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM sg WHERE id < 0 FOR UPDATE;      -- expect: ok
T1: SELECT * FROM us WHERE id < 5 FOR UPDATE;      -- expect: ok
T1: SELECT * FROM us WHERE id = -1 FOR UPDATE;     -- expect: ok
-- @locks
--   T1 holds  TABLE sg IX
--   T1 holds  TABLE us IX
--   T1 holds  RECORD sg.PRIMARY X (-20)
--   T1 holds  RECORD sg.PRIMARY X (-10)
--   T1 holds  RECORD sg.PRIMARY X,GAP (0)
--   T1 holds  RECORD us.PRIMARY X (0)
--   T1 holds  RECORD us.PRIMARY X (3)
--   T1 holds  RECORD us.PRIMARY X,GAP (7)
--   T2 holds  nothing
T2: INSERT INTO us VALUES (3000000000, 0);         -- expect: ok
T2: INSERT INTO sg VALUES (-5, 0);                 -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE sg IX
--   T1 holds  TABLE us IX
--   T1 holds  RECORD sg.PRIMARY X (-20)
--   T1 holds  RECORD sg.PRIMARY X (-10)
--   T1 holds  RECORD sg.PRIMARY X,GAP (0)
--   T1 holds  RECORD us.PRIMARY X (0)
--   T1 holds  RECORD us.PRIMARY X (3)
--   T1 holds  RECORD us.PRIMARY X,GAP (7)
--   T2 holds  TABLE sg IX
--   T2 holds  TABLE us IX
--   T2 waits  RECORD sg.PRIMARY X,GAP,INSERT_INTENTION (0)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
