-- @name: rules14-not-null-multirow-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, a multi-row INSERT whose second row has an explicit NULL for a NOT NULL column: the
-- first row is inserted, then the statement fails with 1048 and is rolled back. Which locks
-- remain? T2 inserts the first row's key itself.
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL, KEY idx_v (v)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (4, 40), (5, NULL);       -- expect: error 1048
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  nothing
T2: INSERT INTO t VALUES (4, 41);                  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T2 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
