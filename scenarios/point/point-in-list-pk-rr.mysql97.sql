-- @name: point-in-list-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, IN list on PRIMARY over 12 rows, SELECT * (EXPLAIN: range on PRIMARY): each
-- existing value is a unique search (X,REC_NOT_GAP); the missing value 55
-- leaves X,GAP on 60. Inserts next to the hits go through, the insert of 57
-- waits.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0),(50,0),(60,0),(70,0),(80,0),(90,0),(100,0),(110,0),(120,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id IN (20, 55, 80) FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (60)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (80)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 0);                  -- expect: ok
T2: INSERT INTO t VALUES (75, 0);                  -- expect: ok
T3: INSERT INTO t VALUES (57, 0);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X,GAP (60)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (80)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (60)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
