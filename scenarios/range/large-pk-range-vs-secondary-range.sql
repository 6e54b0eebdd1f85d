-- @name: large-pk-range-vs-secondary-range
-- @server: mariadb-10.11
-- A PRIMARY range of 30,000 rows against a secondary range of 10,100 rows (k BETWEEN 0 AND 100)
-- that must fetch its rows: both servers read the PRIMARY range (MariaDB EXPLAIN: range, key
-- PRIMARY, rows 50202), so id 50000 (k = 0, outside the id range) is not locked and id 20000 is.
-- The 10^5 rows were loaded as 100 INSERTs of 1,000 rows (benchmarks/bulk/gen_large_cases.py);
-- here they come from the same rows as CSV.
CREATE TABLE big (id INT PRIMARY KEY, k INT NOT NULL, c INT NOT NULL, pad VARCHAR(10) NOT NULL, KEY k (k), KEY c (c)) ENGINE=InnoDB;
-- @data big: large-100k.csv

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT COUNT(*) FROM big WHERE id BETWEEN 1 AND 30000 AND k BETWEEN 0 AND 100 AND pad <> 'z' FOR UPDATE;  -- expect: ok
T2: UPDATE big SET pad = 'x' WHERE id = 50000;     -- expect: ok
T3: UPDATE big SET pad = 'x' WHERE id = 99999;     -- expect: ok
T4: UPDATE big SET pad = 'x' WHERE id = 20000;     -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
