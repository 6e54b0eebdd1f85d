-- @name: edge-fk-child-waits-parent-nonkey-update-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a child insert waits on a parent row that another transaction updated
-- (a non-key column): the FK check requests S,REC_NOT_GAP on the parent
-- record, which conflicts with T1's X,REC_NOT_GAP. When T1 commits the insert
-- succeeds.
CREATE TABLE p (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE c (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_c FOREIGN KEY (pid) REFERENCES p (id)) ENGINE=InnoDB;
INSERT INTO p VALUES (1,0),(2,0),(3,0);
INSERT INTO c VALUES (1,1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE p SET v = 5 WHERE id = 2;               -- expect: ok
T2: INSERT INTO c VALUES (2, 2);                   -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE p IX
--   T1 holds  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE p IS
--   T2 waits  RECORD p.PRIMARY S,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE c IX
--   T2 holds  TABLE p IS
--   T2 holds  RECORD p.PRIMARY S,REC_NOT_GAP (2)
T2: COMMIT;                                        -- expect: ok
