-- @name: insert-dup-pk-committed-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, INSERT of an existing PRIMARY key: error 1062 at once, and the failed
-- duplicate check leaves S,REC_NOT_GAP on the existing row (no gap). T2's
-- UPDATE of that row waits until T1 ends; T3's insert of 15 does not.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (2, 99);                  -- expect: error 1062
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE t SET u = 21 WHERE id = 2;              -- expect: blocked -> ok
T3: INSERT INTO t VALUES (5, 15);                  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T3 holds  TABLE t IX
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
