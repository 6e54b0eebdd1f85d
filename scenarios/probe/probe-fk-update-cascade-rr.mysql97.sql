-- @name: probe-fk-update-cascade-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ON UPDATE CASCADE of a parent key: T1 changes parent 20 to 25, the
-- cascade rewrites child pid 20 -> 25 (new idx_pid entries implicitly locked).
-- T2's child insert for pid 20 waits on the delete-marked parent record and
-- fails with 1452; T3's locking read of pid 25 waits on T1's new entries.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, v INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id) ON UPDATE CASCADE) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10,0),(2,20,0),(3,20,0),(4,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE parent SET id = 25 WHERE id = 20;       -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (25, 2)
--   T1 holds  RECORD child.idx_pid X,REC_NOT_GAP (25, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO child VALUES (9,20,0);             -- expect: blocked -> error 1452
T3: SELECT id FROM child FORCE INDEX (idx_pid) WHERE pid = 25 FOR UPDATE;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD child.idx_pid X (20, 2) delete-marked
--   T1 holds  RECORD child.idx_pid X (20, 3) delete-marked
--   T1 holds  RECORD child.idx_pid X,GAP (25, 2)
--   T1 holds  RECORD child.idx_pid X,REC_NOT_GAP (25, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE parent IS
--   T2 waits  RECORD parent.PRIMARY S,REC_NOT_GAP (20) delete-marked
--   T3 holds  TABLE child IX
--   T3 waits  RECORD child.idx_pid X (25, 2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1452
-- released: T3 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE parent IS
--   T2 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20) delete-marked
--   T3 holds  TABLE child IX
--   T3 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  RECORD child.idx_pid X (25, 2)
--   T3 holds  RECORD child.idx_pid X (25, 3)
--   T3 holds  RECORD child.idx_pid X,GAP (30, 4)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
