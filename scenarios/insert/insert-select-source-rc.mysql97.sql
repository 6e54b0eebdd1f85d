-- @name: insert-select-source-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, INSERT ... SELECT reads its source with a consistent read: no locks on
-- src (not even IS); UPDATEs of source rows and inserts into src go through.
-- It also reads past T2's uncommitted change (sees the committed v).
CREATE TABLE src (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE dst (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO src VALUES (10,1),(20,2),(30,3),(40,4);
INSERT INTO dst VALUES (1,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T2: UPDATE src SET v = 9 WHERE id = 10;            -- expect: ok
T1: INSERT INTO dst SELECT id, v FROM src WHERE id <= 20;  -- expect: ok
-- @locks
--   T1 holds  TABLE dst IX
--   T2 holds  TABLE src IX
--   T2 holds  RECORD src.PRIMARY X,REC_NOT_GAP (10)
--   T3 holds  nothing
T2: UPDATE src SET v = 8 WHERE id = 20;            -- expect: ok
T3: INSERT INTO src VALUES (25, 0);                -- expect: ok
-- @locks
--   T1 holds  TABLE dst IX
--   T2 holds  TABLE src IX
--   T2 holds  RECORD src.PRIMARY X,REC_NOT_GAP (10)
--   T2 holds  RECORD src.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE src IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
