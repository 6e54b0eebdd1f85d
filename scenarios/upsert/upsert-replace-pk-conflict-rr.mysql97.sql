-- @name: upsert-replace-pk-conflict-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, REPLACE conflicting on PRIMARY (id 2 exists, new u = 25): the duplicate
-- check takes X,REC_NOT_GAP on PRIMARY (2) only; the row is rewritten in
-- place, so the uk entry (20, 2) is delete-marked and (25, 2) inserted, both
-- implicitly locked. No gap lock anywhere: inserts of u = 22 and u = 27 (on
-- both sides of the new entry) go through.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: REPLACE INTO t VALUES (2, 25, 1);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 22, 0);               -- expect: ok
T3: INSERT INTO t VALUES (6, 27, 0);               -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
