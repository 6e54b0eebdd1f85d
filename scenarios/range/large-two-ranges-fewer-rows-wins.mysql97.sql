-- @name: large-two-ranges-fewer-rows-wins
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Two secondary ranges on a 10^5-row table: k BETWEEN 0 AND 300 (30,100 rows) and c BETWEEN 1 AND
-- 15000 (15,000 rows), neither index covering. MariaDB scans the whole table (EXPLAIN: type ALL,
-- rows 100405): id 20000 and 99999 wait. MySQL 9.7 reads the range on c (fewer rows): only id
-- 15000, inside both ranges, waits (large-two-ranges-fewer-rows-wins.mysql97.sql).
-- The 10^5 rows were loaded as 100 INSERTs of 1,000 rows (benchmarks/bulk/gen_large_cases.py);
-- here they come from the same rows as CSV.
CREATE TABLE big (id INT PRIMARY KEY, k INT NOT NULL, c INT NOT NULL, pad VARCHAR(10) NOT NULL, KEY k (k), KEY c (c)) ENGINE=InnoDB;
-- @data big: large-100k.csv

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT COUNT(*) FROM big WHERE k BETWEEN 0 AND 300 AND c BETWEEN 1 AND 15000 FOR UPDATE;  -- expect: ok
T2: UPDATE big SET pad = 'x' WHERE id = 20000;     -- expect: ok
T3: UPDATE big SET pad = 'x' WHERE id = 99999;     -- expect: ok
T4: UPDATE big SET pad = 'x' WHERE id = 15000;     -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
