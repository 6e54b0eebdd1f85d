-- @name: seed003-4b-foreign-key-delete-child-then-parent
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (4), other direction: T1 inserts a child of parent 2 (S on
-- parent 2, implicit lock on the new child). T2's DELETE of the children of
-- parent 2 reaches T1's uncommitted child (the implicit lock is converted) and
-- waits; T1 commits -> T2 proceeds, then deletes the new child and the parent.
CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, KEY idx_parent (parent_id), CONSTRAINT fk_parent2 FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (1, 1), (2, 2);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO child VALUES (3, 2);               -- expect: ok
T2: DELETE FROM child WHERE parent_id = 2;         -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD child.idx_parent X,REC_NOT_GAP (2, 3)
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (2)
--   T2 holds  TABLE child IX
--   T2 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T2 holds  RECORD child.idx_parent X (2, 2) delete-marked
--   T2 waits  RECORD child.idx_parent X (2, 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: DELETE FROM child WHERE parent_id = 2;         -- expect: ok
T2: DELETE FROM parent WHERE id = 2;               -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE child IX
--   T2 holds  TABLE parent IX
--   T2 holds  RECORD child.PRIMARY X,REC_NOT_GAP (2) delete-marked
--   T2 holds  RECORD child.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T2 holds  RECORD child.idx_parent X (2, 2) delete-marked
--   T2 holds  RECORD child.idx_parent X (2, 3) delete-marked
--   T2 holds  RECORD child.idx_parent X supremum
--   T2 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (2) delete-marked
T2: COMMIT;                                        -- expect: ok
