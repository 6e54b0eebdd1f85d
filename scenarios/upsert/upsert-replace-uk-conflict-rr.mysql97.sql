-- @name: upsert-replace-uk-conflict-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, REPLACE with a new PRIMARY key (9) whose unique secondary value (30)
-- belongs to row 3: the duplicate check takes X next-key on uk (30, 3) and
-- also on the next entry (40, 4); row 3 is deleted (delete-marked, PRIMARY
-- X,REC_NOT_GAP) and row 9 inserted, whose new entry (30, 9) gets X,GAP. T2's
-- insert of u = 25 (gap before 30) waits; T3's update of row 3 waits on its
-- delete-marked PRIMARY record and finds nothing after T1's COMMIT.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: REPLACE INTO t VALUES (9, 30, 1);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD t.PRIMARY X,GAP (9)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD t.uk_u X (30, 3) delete-marked
--   T1 holds  RECORD t.uk_u X,GAP (30, 9)
--   T1 holds  RECORD t.uk_u X (40, 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 25, 0);               -- expect: blocked -> ok
T3: UPDATE t SET v = 5 WHERE id = 3;               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
--   T1 holds  RECORD t.PRIMARY X,GAP (9)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T1 holds  RECORD t.uk_u X (30, 3) delete-marked
--   T1 holds  RECORD t.uk_u X,GAP (30, 9)
--   T1 holds  RECORD t.uk_u X (40, 4)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (9)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
