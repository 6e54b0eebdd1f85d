-- @name: edge-unique-range-for-update-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, FOR UPDATE on a UNIQUE secondary range (uk BETWEEN 20 AND 30, covering
-- index): a range on a unique index takes next-key locks like a non-unique
-- one, including the first entry past the range (40), and also locks that
-- entry's PRIMARY row (4) because the row is fetched before the range end is
-- checked. T3's UPDATE of row 4 and T2's insert of u = 35 both wait.
CREATE TABLE t (id INT PRIMARY KEY, u INT, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0),(5,50,0),(6,60,0),(7,70,0),(8,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX (uk_u) WHERE u BETWEEN 20 AND 30 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.uk_u X (20, 2)
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T1 holds  RECORD t.uk_u X (40, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T3: UPDATE t SET v = 3 WHERE id = 4;               -- expect: blocked -> ok
T2: INSERT INTO t VALUES (9, 35, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (4)
--   T1 holds  RECORD t.uk_u X (20, 2)
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T1 holds  RECORD t.uk_u X (40, 4)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (40, 4)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (4)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
