-- @name: insert-autoinc-select
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, innodb_autoinc_lock_mode=1. Simple inserts into an AUTO_INCREMENT table
-- (T1, T2) take no table AUTO-INC lock that outlives the statement and do not
-- block each other. T3's INSERT ... SELECT waits on a source row locked by
-- T1 while holding the AUTO-INC lock of a; T2's next simple insert waits for
-- that AUTO-INC lock. T1's COMMIT releases T3, whose statement end releases T2.
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB;
CREATE TABLE s (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO a (v) VALUES (1),(2);
INSERT INTO s VALUES (1,10),(2,20),(3,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO a (v) VALUES (100);                -- expect: ok
T2: INSERT INTO a (v) VALUES (200);                -- expect: ok
T1: UPDATE s SET v = 21 WHERE id = 2;              -- expect: ok
-- @locks
--   T1 holds  TABLE a IX
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE a IX
--   T3 holds  nothing
T3: INSERT INTO a (v) SELECT v FROM s;             -- expect: blocked -> ok
T2: INSERT INTO a (v) VALUES (201);                -- expect: ok
-- @locks
--   T1 holds  TABLE a IX
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE a IX
--   T3 holds  TABLE a IX
--   T3 holds  TABLE s IS
--   T3 holds  RECORD s.PRIMARY S (1)
--   T3 waits  RECORD s.PRIMARY S (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: SELECT id, v FROM a ORDER BY id;               -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
