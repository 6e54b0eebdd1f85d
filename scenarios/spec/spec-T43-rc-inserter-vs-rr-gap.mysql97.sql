-- @name: spec-T43-rc-inserter-vs-rr-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T43
-- @isolation T2: READ COMMITTED
-- Purpose: The inserter's isolation level is irrelevant; the holder's gap lock blocks it.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T2: INSERT INTO t VALUES (12,12,0);                -- expect: blocked -> ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
