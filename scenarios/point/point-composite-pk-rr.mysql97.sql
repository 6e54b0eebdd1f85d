-- @name: point-composite-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, composite PRIMARY KEY (a, b). Full-key equality (1,2) is a unique
-- search: X,REC_NOT_GAP. Full-key miss (2,2): X,GAP on (2, 3). A prefix
-- equality a = 3 is not unique: next-key on (3, 1) and the supremum.
CREATE TABLE c (a INT NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b)) ENGINE=InnoDB;
INSERT INTO c VALUES (1,1,0),(1,2,0),(1,4,0),(2,1,0),(2,3,0),(3,1,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM c WHERE a = 1 AND b = 2 FOR UPDATE;  -- expect: ok
T1: SELECT * FROM c WHERE a = 2 AND b = 2 FOR UPDATE;  -- expect: ok
T1: SELECT * FROM c WHERE a = 3 FOR UPDATE;        -- expect: ok
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 2)
--   T1 holds  RECORD c.PRIMARY X,GAP (2, 3)
--   T1 holds  RECORD c.PRIMARY X (3, 1)
--   T1 holds  RECORD c.PRIMARY X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO c VALUES (1, 3, 0);                -- expect: ok
T2: INSERT INTO c VALUES (2, 2, 0);                -- expect: blocked -> ok
T3: INSERT INTO c VALUES (4, 1, 0);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  RECORD c.PRIMARY X,REC_NOT_GAP (1, 2)
--   T1 holds  RECORD c.PRIMARY X,GAP (2, 3)
--   T1 holds  RECORD c.PRIMARY X (3, 1)
--   T1 holds  RECORD c.PRIMARY X supremum
--   T2 holds  TABLE c IX
--   T2 waits  RECORD c.PRIMARY X,GAP,INSERT_INTENTION (2, 3)
--   T3 holds  TABLE c IX
--   T3 waits  RECORD c.PRIMARY X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
