-- @name: params-transfer-opposite-order
-- @verdict: deadlock possible
-- transfer(from, to) run by two sessions: every value class of accounts.id for every parameter.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
INSERT INTO accounts VALUES (1, 100), (2, 100), (3, 100);

-- @program transfer
BEGIN;
UPDATE accounts SET balance = balance - 10 WHERE id = :from;
UPDATE accounts SET balance = balance + 10 WHERE id = :to;
COMMIT;
-- @end
-- @run T1, T2: transfer
