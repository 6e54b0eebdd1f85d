-- @name: upsert-replace-uk-conflict-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, the same REPLACE as upsert-replace-uk-conflict-rr: the X next-key locks
-- of the unique duplicate check ((30, 3) and the next entry (40, 4)) and the
-- X,GAP on the new entry (30, 9) are taken at RC too, so the insert of u = 25
-- still waits.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10,0),(2,20,0),(3,30,0),(4,40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: REPLACE INTO t VALUES (9, 30, 1);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
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
--   T1 holds  RECORD t.uk_u X (30, 3) delete-marked
--   T1 holds  RECORD t.uk_u X,GAP (30, 9)
--   T1 holds  RECORD t.uk_u X (40, 4)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,GAP,INSERT_INTENTION (30, 3) delete-marked
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (3) delete-marked
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
