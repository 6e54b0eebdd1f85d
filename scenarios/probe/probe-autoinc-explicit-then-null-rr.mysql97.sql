-- @name: probe-autoinc-explicit-then-null-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, AUTO_INCREMENT: T1 inserts an explicit id 10 (counter was 4), then a
-- NULL id, which gets 11; T2's NULL id gets 12. T2's locking read of 11
-- converts T1's implicit lock (key (11) in the listing) and waits.
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO a (v) VALUES (1),(2),(3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO a VALUES (10, 10);                 -- expect: ok
T1: INSERT INTO a VALUES (NULL, 11);               -- expect: ok
T2: INSERT INTO a VALUES (NULL, 12);               -- expect: ok
T2: SELECT * FROM a WHERE id = 11 FOR UPDATE;      -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE a IX
--   T1 holds  RECORD a.PRIMARY X,REC_NOT_GAP (11)
--   T2 holds  TABLE a IX
--   T2 waits  RECORD a.PRIMARY X,REC_NOT_GAP (11)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: SELECT id, v FROM a ORDER BY id;               -- expect: ok
T2: COMMIT;                                        -- expect: ok
