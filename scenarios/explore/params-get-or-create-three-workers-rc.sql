-- @name: params-get-or-create-three-workers-rc
-- @verdict: no deadlock
-- The same get-or-create under READ COMMITTED: a locking read of a missing key takes no gap lock,
-- so the inserts do not wait for each other's gap locks. Two workers inserting the same key meet
-- in the duplicate check instead: the second waits for the first's uncommitted row and gets error
-- 1062 when the first commits. No assignment of the three keys deadlocks.
-- @isolation: READ COMMITTED
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL, UNIQUE KEY uk_k (k)) ENGINE=InnoDB;
INSERT INTO t (k) VALUES (10), (20);

-- @program get_or_create
BEGIN;
SELECT * FROM t WHERE k = :key FOR UPDATE;
INSERT INTO t (k) VALUES (:key);
COMMIT;
-- @end
-- @run T1..T3: get_or_create
