-- @name: seed003-4-foreign-key-parent-child
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (4): inserting a child row takes an S lock on the parent row
-- (FK check); another session's DELETE of the parent waits for X; then the
-- first session updates the parent row -> deadlock.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, KEY idx_parent (parent_id), CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (1, 'p1'), (2, 'p2');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO child VALUES (10, 1);              -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (1)
--   T2 holds  nothing
T2: DELETE FROM parent WHERE id = 1;               -- expect: blocked -> error 1451
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (1)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,REC_NOT_GAP (1)
T1: UPDATE parent SET name = 'p1x' WHERE id = 1;   -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  TABLE parent IX
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (1)
--   T1 holds  RECORD parent.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1451
T2: ROLLBACK;                                      -- expect: ok
