-- @name: rc-secondary-release-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: innodb-locking-spec.md §3.2 (row "secondary range", RC column: "RNG, past-range row released"), §3.1 step 7
-- RC release of non-matching rows on a secondary-index scan: MySQL (5.7 and 8.0 alike, §3.0
-- table) releases the locks of the entry past the range and of its PRIMARY row, so T2's UPDATE
-- of that row does not wait. MariaDB releases non-matching rows only on clustered-index scans:
-- scenarios/range/range-secondary-rc.sql (there T2's UPDATE of the past-range row waits).
-- Counterpart: rc-secondary-release-mysql80.sql. Same steps as the MariaDB file, on fixture F1.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: §3.2 secondary range at RC: X,REC_NOT_GAP on matching entries (10,10), (20,20) and rows 10, 20
T1: SELECT id FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 10 AND 20 FOR UPDATE;  -- expect: ok
-- why: §3.0 RC: no gap locks, the insert of k = 15 is not blocked
T2: INSERT INTO t VALUES (15, 15, 0);              -- expect: ok
-- why: §3.2 RC "past-range row released": entry (30,30) and PRIMARY 30 are unlocked again
T2: UPDATE t SET v = 1 WHERE id = 30;              -- expect: ok
-- why: row 20 matched and stays locked by T1 until its COMMIT
T3: UPDATE t SET v = 2 WHERE id = 20;              -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
