-- @name: point-pk-hit-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, PRIMARY equality on an existing row: the same X,REC_NOT_GAP as at RR
-- (an equality on a unique key takes no gap lock at either level). A second
-- UPDATE of the row waits; inserts next to it do not.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (10,1),(20,2),(30,3),(40,4),(50,5);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 33 WHERE id = 30;             -- expect: ok
T2: INSERT INTO t VALUES (25, 0);                  -- expect: ok
T3: UPDATE t SET v = 34 WHERE id = 30;             -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (30)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
