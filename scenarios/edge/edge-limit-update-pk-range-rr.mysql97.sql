-- @name: edge-limit-update-pk-range-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE ... WHERE id > 15 ORDER BY id LIMIT 2 on the PRIMARY key: the
-- scan stops after the second matching row, so only 20 and 30 are next-key
-- locked (X, not REC_NOT_GAP: the start is '>') and 40 is not touched. T2's
-- UPDATE of 40 and insert of 35 go through; T3's insert of 12 (gap before 20)
-- waits. After T1's commit T3 inserts 25 freely.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id > 15 ORDER BY id LIMIT 2;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 40;              -- expect: ok
T2: INSERT INTO t VALUES (35, 35, 0);              -- expect: ok
T3: INSERT INTO t VALUES (12, 12, 0);              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (40)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: INSERT INTO t VALUES (25, 25, 0);              -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
