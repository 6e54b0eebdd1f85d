-- @name: probe-autoinc-insert-select-explicit-id-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, innodb_autoinc_lock_mode=1: T2's INSERT ... SELECT into a holds the
-- AUTO-INC table lock while it waits on a source row locked by T1. T3's
-- insert with an explicit id and T4's second INSERT ... SELECT: which of
-- them waits for AUTO-INC.
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO a (v) VALUES (1),(2),(3);
CREATE TABLE s (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO s VALUES (1,10),(2,20),(3,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: UPDATE s SET v = 21 WHERE id = 2;              -- expect: ok
T2: INSERT INTO a (v) SELECT v FROM s;             -- expect: blocked -> ok
T3: INSERT INTO a VALUES (100, 100);               -- expect: ok
T4: INSERT INTO a (v) SELECT v FROM s WHERE id = 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE a IX
--   T2 holds  TABLE s IS
--   T2 holds  RECORD s.PRIMARY S (1)
--   T2 waits  RECORD s.PRIMARY S (2)
--   T3 holds  TABLE a IX
--   T4 holds  TABLE a IX
--   T4 holds  TABLE s IS
--   T4 holds  RECORD s.PRIMARY S,REC_NOT_GAP (1)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE a IX
--   T2 holds  TABLE s IS
--   T2 holds  RECORD s.PRIMARY S (1)
--   T2 holds  RECORD s.PRIMARY S (2)
--   T2 holds  RECORD s.PRIMARY S (3)
--   T2 holds  RECORD s.PRIMARY S supremum
--   T3 holds  TABLE a IX
--   T4 holds  TABLE a IX
--   T4 holds  TABLE s IS
--   T4 holds  RECORD s.PRIMARY S,REC_NOT_GAP (1)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
