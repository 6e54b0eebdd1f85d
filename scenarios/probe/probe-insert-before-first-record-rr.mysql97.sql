-- @name: probe-insert-before-first-record-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, the gap before the first record: T1's miss on id = 5 locks X,GAP on
-- record 10 (first record of PRIMARY). T2's insert of id = 1 (before the
-- first record) waits on it; T3's FOR UPDATE of 10 itself does not conflict
-- with the gap lock.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0),(40,40,0),(50,50,0),(60,60,0),(70,70,0),(80,80,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id = 5 FOR UPDATE;       -- expect: ok
T3: SELECT * FROM t WHERE id = 10 FOR UPDATE;      -- expect: ok
T2: INSERT INTO t VALUES (1,1,2);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (10)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (10)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (10)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (10)
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
