-- @name: large-secondary-range-40pct
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- A range over 40% of a 10^5-row table on a secondary index that does not cover the query: a full
-- scan on both servers (MariaDB EXPLAIN: type ALL); id 99999, outside the range, waits.
-- The 10^5 rows were loaded as 100 INSERTs of 1,000 rows (benchmarks/bulk/gen_large_cases.py);
-- here they come from the same rows as CSV.
CREATE TABLE big (id INT PRIMARY KEY, k INT NOT NULL, c INT NOT NULL, pad VARCHAR(10) NOT NULL, KEY k (k), KEY c (c)) ENGINE=InnoDB;
-- @data big: large-100k.csv

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT COUNT(*) FROM big WHERE c BETWEEN 1 AND 40000 AND pad <> 'z' FOR UPDATE;  -- expect: ok
T2: UPDATE big SET pad = 'x' WHERE id = 99999;     -- expect: blocked -> ok
T3: UPDATE big SET pad = 'x' WHERE id = 40000;     -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
