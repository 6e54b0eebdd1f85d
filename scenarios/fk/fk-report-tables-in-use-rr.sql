-- @name: fk-report-tables-in-use-rr
-- @server: mariadb-10.11
CREATE TABLE p (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE c (id INT PRIMARY KEY, pid INT, w INT, KEY idx_pid (pid), FOREIGN KEY (pid) REFERENCES p (id)) ENGINE=InnoDB;
CREATE TABLE o (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO p VALUES (1,0),(2,0),(3,0);
INSERT INTO c VALUES (100,1,0),(101,2,0);
INSERT INTO o VALUES (1,0),(2,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT * FROM c WHERE id=105 FOR UPDATE;       -- expect: ok
T1: UPDATE o SET v=1 WHERE id=1;                   -- expect: ok
T1: INSERT INTO c VALUES (106,1,0);                -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=1;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD c.PRIMARY X,INSERT_INTENTION supremum
--     behind T2 holds  RECORD c.PRIMARY X supremum
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=2;                   -- expect: ok
T2: UPDATE c SET w=1 WHERE id=100;                 -- expect: ok
T1: UPDATE c SET w=5 WHERE id=100;                 -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=2;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD c.PRIMARY X,REC_NOT_GAP (100)
--     behind T2 holds  RECORD c.PRIMARY X,REC_NOT_GAP (100)
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (2)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (2)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=2;                   -- expect: ok
T2: UPDATE c SET w=1 WHERE id=100;                 -- expect: ok
T1: UPDATE c SET pid=2 WHERE id=100;               -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=2;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD c.PRIMARY X,REC_NOT_GAP (100)
--     behind T2 holds  RECORD c.PRIMARY X,REC_NOT_GAP (100)
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (2)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (2)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=2;                   -- expect: ok
T2: UPDATE p SET v=1 WHERE id=3;                   -- expect: ok
T1: UPDATE p SET v=5 WHERE id=3;                   -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=2;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--     behind T2 holds  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (2)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (2)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=1;                   -- expect: ok
T2: DELETE FROM p WHERE id=3;                      -- expect: ok
T1: DELETE FROM p WHERE id=3;                      -- expect: blocked -> deadlock
T2: UPDATE o SET v=2 WHERE id=1;                   -- expect: ok
-- released: T1 -> deadlock
-- deadlock: victim T1
--   T1 waits  RECORD p.PRIMARY X,REC_NOT_GAP (3) delete-marked
--     behind T2 holds  RECORD p.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=1;                   -- expect: ok
T2: DELETE FROM c WHERE id=101;                    -- expect: ok
T1: DELETE FROM c WHERE id=101;                    -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=1;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD c.PRIMARY X,REC_NOT_GAP (101) delete-marked
--     behind T2 holds  RECORD c.PRIMARY X,REC_NOT_GAP (101) delete-marked
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE o SET v=1 WHERE id=1;                   -- expect: ok
T2: SELECT * FROM p WHERE id=7 FOR UPDATE;         -- expect: ok
T1: INSERT INTO p VALUES (8,0);                    -- expect: blocked -> ok
T2: UPDATE o SET v=2 WHERE id=1;                   -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD p.PRIMARY X,INSERT_INTENTION supremum
--     behind T2 holds  RECORD p.PRIMARY X supremum
--   T2 waits  RECORD o.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD o.PRIMARY X,REC_NOT_GAP (1)
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok
