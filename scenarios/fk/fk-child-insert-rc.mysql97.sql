-- @name: fk-child-insert-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, inserting a child row checks the parent: IS on parent and
-- S,REC_NOT_GAP on parent row 20 (same at RR and RC). T2's UPDATE of the
-- parent's name (not the referenced column) needs X on that row and waits
-- until T1's ROLLBACK; T3's insert of parent 25 next to it does not wait.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_child FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10,'a'),(20,'b'),(30,'c');
INSERT INTO child VALUES (1,10),(2,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO child VALUES (5, 20);              -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE parent SET name = 'bb' WHERE id = 20;   -- expect: blocked -> ok
T3: INSERT INTO parent VALUES (25, 'x');           -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE parent IX
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
