-- @name: rules14-fk-child-insert-rc
-- @server: mariadb-10.11
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, the child inserts of rules14-fk-child-insert-rr at READ COMMITTED: the failing check
-- (1452) and the passing one; T2 deletes the referenced parent, T3 inserts the missing one.
CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_pid FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10),(20),(30);
INSERT INTO child VALUES (1,10);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO child VALUES (2, 25);              -- expect: error 1452
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T2 holds  nothing
--   T3 holds  nothing
T1: INSERT INTO child VALUES (3, 20);              -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: DELETE FROM parent WHERE id = 20;              -- expect: blocked -> error 1451
T3: INSERT INTO parent VALUES (25);                -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE parent IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1451
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
