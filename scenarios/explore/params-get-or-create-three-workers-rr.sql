-- @name: params-get-or-create-three-workers-rr
-- @verdict: deadlock possible
-- Rails' find_or_create_by with a lock: three workers each lock the row of a key that may be
-- missing (SELECT ... FOR UPDATE), then insert it. Under REPEATABLE READ a missing key takes a
-- gap lock (gap locks never conflict with each other), so two workers hold the same gap and each
-- insert waits for the other's gap lock: deadlock, for every key value that falls in a gap.
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL, UNIQUE KEY uk_k (k)) ENGINE=InnoDB;
INSERT INTO t (k) VALUES (10), (20);

-- @program get_or_create
BEGIN;
SELECT * FROM t WHERE k = :key FOR UPDATE;
INSERT INTO t (k) VALUES (:key);
COMMIT;
-- @end
-- @run T1..T3: get_or_create
