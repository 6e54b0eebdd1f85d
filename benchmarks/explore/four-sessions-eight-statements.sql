-- Four sessions of 8 statements on one table: transfers in opposite orders, locking reads and
-- inserts into gaps. `./innosim explore` explores every schedule; benchmarks/explore-vs-server.sh
-- times that against one schedule (this file's order) on a real server.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
INSERT INTO accounts VALUES (10, 100), (20, 100), (30, 100), (40, 100), (50, 100);

T1: BEGIN;
T1: UPDATE accounts SET balance = balance - 10 WHERE id = 10;
T1: UPDATE accounts SET balance = balance + 10 WHERE id = 20;
T1: SELECT * FROM accounts WHERE id = 30 LOCK IN SHARE MODE;
T1: INSERT INTO accounts VALUES (15, 0);
T1: SELECT * FROM accounts WHERE id = 40 FOR UPDATE;
T1: UPDATE accounts SET balance = balance + 1 WHERE id = 40;
T1: COMMIT;

T2: BEGIN;
T2: UPDATE accounts SET balance = balance - 20 WHERE id = 20;
T2: UPDATE accounts SET balance = balance + 20 WHERE id = 10;
T2: SELECT * FROM accounts WHERE id >= 40 FOR UPDATE;
T2: INSERT INTO accounts VALUES (25, 0);
T2: UPDATE accounts SET balance = balance - 1 WHERE id = 50;
T2: SELECT * FROM accounts WHERE id = 30 FOR UPDATE;
T2: COMMIT;

T3: BEGIN;
T3: SELECT * FROM accounts WHERE id BETWEEN 20 AND 30 FOR UPDATE;
T3: UPDATE accounts SET balance = balance - 5 WHERE id = 30;
T3: INSERT INTO accounts VALUES (35, 0);
T3: UPDATE accounts SET balance = balance + 5 WHERE id = 50;
T3: SELECT * FROM accounts WHERE id = 10 LOCK IN SHARE MODE;
T3: INSERT INTO accounts VALUES (45, 0);
T3: COMMIT;

T4: BEGIN;
T4: INSERT INTO accounts VALUES (5, 0);
T4: SELECT * FROM accounts WHERE id > 40 LOCK IN SHARE MODE;
T4: INSERT INTO accounts VALUES (55, 0);
T4: UPDATE accounts SET balance = balance + 2 WHERE id = 30;
T4: INSERT INTO accounts VALUES (12, 0);
T4: UPDATE accounts SET balance = balance - 2 WHERE id = 40;
T4: COMMIT;
