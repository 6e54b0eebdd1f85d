-- @name: fk-child-insert-fail-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a child insert referencing a missing parent (25) fails with
-- error 1452. At RR the failed check leaves S,GAP on the next parent record
-- (30), so T2's insert of parent 25 waits until T1 ends; at RC no gap lock is
-- taken and the insert goes through.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10),(2,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO child VALUES (5, 25);              -- expect: error 1452
-- @locks
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,GAP (30)
--   T2 holds  nothing
T2: INSERT INTO parent VALUES (25, 'x');           -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,GAP (30)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
