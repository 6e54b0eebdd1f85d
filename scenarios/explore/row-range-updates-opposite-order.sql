-- @name: row-range-updates-opposite-order
-- @granularity: row
-- @verdict: deadlock possible
-- Two single-statement transactions update the same range, one in index order and one in
-- reverse (ORDER BY id DESC, served by the index). One statement at a time they cannot deadlock:
-- the second waits for the first at its first row. Row by row they can: each locks its first
-- row, and each then waits for the row the other already holds.
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 0), (2, 0), (3, 0);

T1: BEGIN;
T1: UPDATE t SET v = 1 WHERE id BETWEEN 1 AND 3;
T1: COMMIT;
T2: BEGIN;
T2: UPDATE t SET v = 2 WHERE id BETWEEN 1 AND 3 ORDER BY id DESC;
T2: COMMIT;
