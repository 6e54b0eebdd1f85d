-- @name: fk-parent-delete-restrict-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, deleting a parent row that has a child (RESTRICT, the default)
-- fails with 1451. T1 keeps X,REC_NOT_GAP on the parent row and the S lock
-- its check put on the child index entry (10, 1); T2's DELETE of that child
-- row waits on the child entry until T1 ends. Deleting parent 20 (no child)
-- succeeds; at RR its check leaves S,GAP on child entry (30, 2), so T3's
-- child insert (0, 30), whose entry (30, 0) falls in that gap, waits.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10),(2,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: DELETE FROM parent WHERE id = 10;              -- expect: error 1451
T1: DELETE FROM parent WHERE id = 20;              -- expect: ok
-- @locks
--   T1 holds  TABLE child IS
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.idx_pid S (10, 1)
--   T1 holds  RECORD child.idx_pid S,GAP (30, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: DELETE FROM child WHERE id = 1;                -- expect: blocked -> ok
T3: INSERT INTO child VALUES (0, 30);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IS
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.idx_pid S (10, 1)
--   T1 holds  RECORD child.idx_pid S,GAP (30, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE child IX
--   T2 holds  RECORD child.PRIMARY X,REC_NOT_GAP (1) delete-marked
--   T2 waits  RECORD child.idx_pid X,REC_NOT_GAP (10, 1)
--   T3 holds  TABLE child IX
--   T3 holds  TABLE parent IS
--   T3 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (30)
--   T3 waits  RECORD child.idx_pid X,GAP,INSERT_INTENTION (30, 2)
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
