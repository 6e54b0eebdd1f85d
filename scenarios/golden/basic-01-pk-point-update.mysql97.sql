-- @name: basic-01-pk-point-update
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, UPDATE of an existing row by PRIMARY KEY equality: one X,REC_NOT_GAP
-- lock; a second UPDATE of the same row waits; a different row does not.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (10, 0), (20, 0), (30, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v = 1 WHERE id = 20;              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 30;              -- expect: ok
T2: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (30)
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
