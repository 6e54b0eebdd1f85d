-- @name: basic-05-unique-secondary-point
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, equality on a UNIQUE secondary index FOR UPDATE for an existing value.
-- Which lock does the unique entry get (next-key or record-only)? Inserts on
-- both sides of it and an UPDATE of the row show what is covered.
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE u = 20 FOR UPDATE;       -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (20, 2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (4, 15);                  -- expect: ok
T3: INSERT INTO t VALUES (5, 25);                  -- expect: ok
T3: UPDATE t SET u = 21 WHERE id = 2;              -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.uk_u X,REC_NOT_GAP (20, 2)
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
