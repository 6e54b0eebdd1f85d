-- @name: params-transfer-lock-both-first
-- @verdict: no deadlock
-- The fix: each transfer locks both rows first, in key order, in one statement; then no
-- assignment of from and to deadlocks.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
INSERT INTO accounts VALUES (1, 100), (2, 100), (3, 100);

-- @program transfer
BEGIN;
SELECT * FROM accounts WHERE id IN (:from, :to) ORDER BY id FOR UPDATE;
UPDATE accounts SET balance = balance - 10 WHERE id = :from;
UPDATE accounts SET balance = balance + 10 WHERE id = :to;
COMMIT;
-- @end
-- @run T1, T2: transfer
