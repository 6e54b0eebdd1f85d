-- @name: probe-fk-cascade-child-locked-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, ON DELETE CASCADE where a child row is locked by another session:
-- T2 updated child row 2 (pid 20). T1's DELETE of parent 20 deletes the
-- parent record, then the cascade waits on child row 2; T2's COMMIT lets it
-- finish (child rows 2 and 3 deleted).
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, v INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE CASCADE) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10,0),(2,20,0),(3,20,0),(4,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: UPDATE child SET v = 2 WHERE id = 2;           -- expect: ok
T1: DELETE FROM parent WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD child.idx_pid X (20, 2)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (20)
--   T1 waits  RECORD child.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE child IX
--   T2 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2)
T2: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
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
T1: COMMIT;                                        -- expect: ok
