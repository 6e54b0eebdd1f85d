-- @name: rules14-insert-ignore-fk-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, INSERT IGNORE turns a foreign-key failure (1452) into a warning: the row (2, 25) is
-- skipped, the statement is ok. Which locks does the failed check leave on parent? T2 inserts
-- the missing parent 25. Then a multi-row INSERT IGNORE with one good and one bad row.
CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, pid INT, KEY idx_pid (pid), CONSTRAINT fk_pid FOREIGN KEY (pid) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (10),(20),(30);
INSERT INTO child VALUES (1,10);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT IGNORE INTO child VALUES (2, 25);       -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,GAP (30)
--   T2 holds  nothing
T2: INSERT INTO parent VALUES (25);                -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,GAP (30)
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: INSERT IGNORE INTO child VALUES (3, 20), (4, 99);  -- expect: ok
-- @locks
--   T1 holds  TABLE child IX
--   T1 holds  TABLE parent IS
--   T1 holds  RECORD parent.PRIMARY S,REC_NOT_GAP (20)
--   T1 holds  RECORD parent.PRIMARY S,GAP (30)
--   T1 holds  RECORD parent.PRIMARY S supremum
--   T2 holds  TABLE parent IX
--   T2 waits  RECORD parent.PRIMARY X,GAP,INSERT_INTENTION (30)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
