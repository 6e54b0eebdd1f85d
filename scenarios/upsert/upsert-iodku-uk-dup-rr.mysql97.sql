-- @name: upsert-iodku-uk-dup-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, IODKU whose new PRIMARY key (9) is free but whose unique secondary key
-- (u = 30) exists: X next-key on uk entry (30, 3), the new clustered record
-- is removed again, then row 3 is updated (X,REC_NOT_GAP on PRIMARY 3). An
-- insert of u = 25 (gap before the entry) waits. The removed clustered record
-- leaves no gap lock on PRIMARY: T3's plain INSERT of id 9 goes through.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (9, 30, 0) ON DUPLICATE KEY UPDATE v = v + 1;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 25, 0);               -- expect: blocked -> ok
T3: INSERT INTO t VALUES (9, 90, 0);               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD t.uk_u X (30, 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
