-- @name: fk-parent-delete-cascade-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ON DELETE CASCADE: deleting parent 20 also deletes child rows 2 and 3.
-- The cascade takes IS and IX on child, S,REC_NOT_GAP on the child index
-- entries (20, 2) and (20, 3) it found (plus S,GAP on the next entry (30, 4)
-- at RR only) and X,REC_NOT_GAP on the child rows it deletes.
-- T2's insert of a child for parent 20 checks the delete-marked parent
-- record (S next-key at RR, S,REC_NOT_GAP at RC), waits, and fails with 1452
-- once T1 commits. T3's update of child row 3 waits on the delete-marked
-- child row and updates nothing after the commit.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE CASCADE) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10),(2,20),(3,20),(4,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM parent WHERE id = 20;              -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (30, 4)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO child VALUES (9, 20);              -- expect: blocked -> error 1452
T3: UPDATE child SET pid = 30 WHERE id = 3;        -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (30, 4)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE parent IS
--   T2 waits  RECORD parent.PRIMARY S,REC_NOT_GAP (20) delete-marked
--   T3 holds  TABLE child IX
--   T3 waits  RECORD child.PRIMARY X,REC_NOT_GAP (3) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1452
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
