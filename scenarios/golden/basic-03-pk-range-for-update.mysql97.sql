-- @name: basic-03-pk-range-for-update
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, PRIMARY KEY range scan BETWEEN 10 AND 20 FOR UPDATE: which records are
-- locked and how (the first record, the records in range, the first record
-- past the range). Inserts inside and just past the range are tried.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (5, 0), (10, 0), (20, 0), (30, 0), (40, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id BETWEEN 10 AND 20 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (25, 2);                  -- expect: ok
T3: INSERT INTO t VALUES (7, 3);                   -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
--   T1 holds  RECORD t.PRIMARY X (20)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
