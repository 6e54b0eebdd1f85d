-- @name: insert-select-source-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, INSERT ... SELECT reads its source with S next-key locks (IS on src);
-- the range src.id <= 20 also locks 30, the first record past it. T2's UPDATE
-- of a source row waits; T3's insert into the source gap waits too.
CREATE TABLE src (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE dst (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO src VALUES (10,1),(20,2),(30,3),(40,4);
INSERT INTO dst VALUES (1,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO dst SELECT id, v FROM src WHERE id <= 20;  -- expect: ok
-- @locks
--   T1 holds  TABLE dst IX
--   T1 holds  TABLE src IS
--   T1 holds  RECORD src.PRIMARY S (10)
--   T1 holds  RECORD src.PRIMARY S (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE src SET v = 9 WHERE id = 20;            -- expect: blocked -> ok
T3: INSERT INTO src VALUES (25, 0);                -- expect: ok
-- @locks
--   T1 holds  TABLE dst IX
--   T1 holds  TABLE src IS
--   T1 holds  RECORD src.PRIMARY S (10)
--   T1 holds  RECORD src.PRIMARY S (20)
--   T2 holds  TABLE src IX
--   T2 waits  RECORD src.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE src IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
