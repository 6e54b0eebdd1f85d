-- @name: rules14-insert-ignore-fk-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: issue 14, locking rules found by random scenarios
-- RC, the INSERT IGNORE of rules14-insert-ignore-fk-rr: the foreign-key failure is a
-- warning; which locks does the failed check leave at READ COMMITTED? T2 inserts the missing
-- parent 25.
CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_pid FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10),(20),(30);
INSERT INTO child VALUES (1,10);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT IGNORE INTO child VALUES (2, 25);       -- expect: ok
-- @locks
--   T1 holds  TABLE parent IS
--   T2 holds  nothing
T2: INSERT INTO parent VALUES (25);                -- expect: ok
-- @locks
--   T1 holds  TABLE parent IS
--   T2 holds  TABLE parent IX
T1: INSERT IGNORE INTO child VALUES (3, 20), (4, 99);  -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T2 holds  TABLE parent IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
