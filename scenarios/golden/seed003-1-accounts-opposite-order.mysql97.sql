-- @name: seed003-1-accounts-opposite-order
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (1): two transfers update accounts 1 and 2 in opposite
-- orders (X,REC_NOT_GAP locks on PRIMARY) -> deadlock.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
INSERT INTO accounts VALUES (1, 100), (2, 100);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE accounts SET balance = balance - 10 WHERE id = 1;  -- expect: ok
T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;  -- expect: ok
-- @locks
--   T1 holds  TABLE accounts IX
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  TABLE accounts IX
--   T2 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
T1: UPDATE accounts SET balance = balance + 10 WHERE id = 2;  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE accounts IX
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (1)
--   T1 waits  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  TABLE accounts IX
--   T2 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--     behind T2 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--   T2 waits  RECORD accounts.PRIMARY X,REC_NOT_GAP (1)
--     behind T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (1)
-- @locks
--   T1 holds  TABLE accounts IX
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD accounts.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  nothing
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
