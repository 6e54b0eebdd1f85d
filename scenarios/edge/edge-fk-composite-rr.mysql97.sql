-- @name: edge-fk-composite-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, foreign key on a composite key: the child insert checks the parent's
-- composite PRIMARY key (a, b) and takes S,REC_NOT_GAP on (2, 3); a second
-- child insert with a missing parent pair (2, 2) fails with 1452 and leaves
-- S,GAP on the next parent record (2, 3). T2's DELETE of parent (2, 3) waits
-- and, once T1 commits, fails with 1451 (the child row now exists).
CREATE TABLE p (a INT NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b)) ENGINE=InnoDB;
CREATE TABLE c (id INT PRIMARY KEY, pa INT, pb INT, KEY idx_pab (pa, pb), CONSTRAINT fk_c FOREIGN KEY (pa, pb) REFERENCES p (a, b)) ENGINE=InnoDB;
INSERT INTO p VALUES (1,1,0),(1,2,0),(2,1,0),(2,3,0);
INSERT INTO c VALUES (1,1,1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO c VALUES (2, 2, 3);                -- expect: ok
T1: INSERT INTO c VALUES (3, 2, 2);                -- expect: error 1452
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  TABLE p IS
--   T1 holds  RECORD p.PRIMARY S,GAP (2, 3)
--   T1 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2, 3)
--   T2 holds  nothing
T2: DELETE FROM p WHERE a = 2 AND b = 3;           -- expect: blocked -> error 1451
-- @locks
--   T1 holds  TABLE c IX
--   T1 holds  TABLE p IS
--   T1 holds  RECORD p.PRIMARY S,GAP (2, 3)
--   T1 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2, 3)
--   T2 holds  TABLE p IX
--   T2 waits  RECORD p.PRIMARY X,REC_NOT_GAP (2, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1451
T2: ROLLBACK;                                      -- expect: ok
