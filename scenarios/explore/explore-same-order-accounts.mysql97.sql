-- @name: explore-same-order-accounts
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-1 (accounts updated in opposite orders): both transfers
-- update the lower account id first. Every interleaving only queues one
-- transfer behind the other: `./innosim explore` finds no deadlock.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
INSERT INTO accounts VALUES (1, 100), (2, 100);
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE accounts SET balance = balance - 10 WHERE id = 1;  -- expect: ok
T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;  -- expect: blocked -> ok
T1: UPDATE accounts SET balance = balance + 10 WHERE id = 2;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;  -- expect: ok
T2: COMMIT;                                        -- expect: ok
