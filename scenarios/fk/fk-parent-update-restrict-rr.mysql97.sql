-- @name: fk-parent-update-restrict-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of a referenced parent key with a child (RESTRICT): error 1451.
-- Updating a referenced key without children (20 -> 25) succeeds: the parent
-- record 20 is delete-marked, 25 inserted, and the check of the child index
-- for pid = 20 leaves S,GAP on (30, 2). T2's child insert (0, 30) (entry
-- (30, 0) in that gap) waits; T3's child insert for the new parent 25 waits on the
-- uncommitted parent record.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10),(2,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE parent SET id = 11 WHERE id = 10;       -- expect: error 1451
T1: UPDATE parent SET id = 25 WHERE id = 20;       -- expect: ok
-- @locks
--   T1 holds  TABLE child IS
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.idx_pid S (10, 1)
--   T1 holds  RECORD child.idx_pid S,GAP (30, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO child VALUES (0, 30);              -- expect: blocked -> ok
T3: INSERT INTO child VALUES (9, 25);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IS
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.idx_pid S (10, 1)
--   T1 holds  RECORD child.idx_pid S,GAP (30, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (25)
--   T2 holds  TABLE child IX
--   T2 holds  TABLE parent IS
--   T2 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (30)
--   T2 waits  RECORD child.idx_pid X,GAP,INSERT_INTENTION (30, 2)
--   T3 holds  TABLE parent IS
--   T3 waits  RECORD parent.PRIMARY S,REC_NOT_GAP (25)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
