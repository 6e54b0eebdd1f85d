-- @name: point-composite-pk-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, composite PRIMARY KEY (a, b): the prefix equality a = 1 locks the three
-- matching records only (REC_NOT_GAP); inserts inside that prefix and after it
-- go through, an UPDATE of (1, 4) waits.
CREATE TABLE c (a INT NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b)) ENGINE=InnoDB;
INSERT INTO c VALUES (1,1,0),(1,2,0),(1,4,0),(2,1,0),(2,3,0),(3,1,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE c SET v = 1 WHERE a = 1;                -- expect: ok
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 1)
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 2)
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO c VALUES (1, 3, 0);                -- expect: ok
T2: INSERT INTO c VALUES (1, 9, 0);                -- expect: ok
T3: UPDATE c SET v = 2 WHERE a = 1 AND b = 4;      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 1)
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 2)
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 4)
--   T2 holds  TABLE c IX
--   T3 holds  TABLE c IX
--   T3 waits  RECORD c.PRIMARY X,REC_NOT_GAP (1, 4)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
