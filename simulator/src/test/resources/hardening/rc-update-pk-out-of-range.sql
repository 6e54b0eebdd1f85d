-- Recorded on MariaDB 10.11.19 (run_scenario.py): an UPDATE or DELETE under READ COMMITTED whose
-- primary-key constant lies outside INT's range matches no row and takes no lock (was a NullPointerException).
-- @isolation: RC
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1);
T1: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=2 WHERE id = 2147483648;        -- expect: ok
-- @locks
--   T1 holds  nothing
T1: UPDATE t SET v=2 WHERE id = -2147483649;       -- expect: ok
T1: DELETE FROM t WHERE id = 4294967296;           -- expect: ok
-- @locks
--   T1 holds  nothing
T1: COMMIT;                                        -- expect: ok
