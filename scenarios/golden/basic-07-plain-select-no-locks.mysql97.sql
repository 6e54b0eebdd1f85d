-- @name: basic-07-plain-select-no-locks
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a plain SELECT is a consistent read: it takes no row locks (and no
-- table lock), so an UPDATE of the rows it read proceeds at once.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 0), (2, 0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id >= 1;                 -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
T2: UPDATE t SET v = 2 WHERE id = 1;               -- expect: ok
T2: DELETE FROM t WHERE id = 2;                    -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2) delete-marked
T2: COMMIT;                                        -- expect: ok
T1: SELECT * FROM t;                               -- expect: ok
T1: COMMIT;                                        -- expect: ok
