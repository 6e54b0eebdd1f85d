-- @name: probe-fk-delete-set-null-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ON DELETE SET NULL: T1 deletes parent 20, the cascade sets child pid
-- to NULL for rows 2 and 3 (idx_pid entries (20, n) delete-marked, (NULL, n)
-- inserted). T2's update of child row 3 waits; T3's insert of a child for
-- parent 20 waits on the delete-marked parent and fails with 1452.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, v INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE SET NULL) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10,0),(2,20,0),(3,20,0),(4,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM parent WHERE id = 20;              -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (30, 4)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE child SET v = 2 WHERE id = 3;           -- expect: blocked -> ok
T3: INSERT INTO child VALUES (9,20,0);             -- expect: blocked -> error 1452
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (30, 4)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE child IX
--   T2 waits  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE parent IS
--   T3 waits  RECORD parent.PRIMARY S,REC_NOT_GAP (20) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> error 1452
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
