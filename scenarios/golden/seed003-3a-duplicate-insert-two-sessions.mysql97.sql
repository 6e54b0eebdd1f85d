-- @name: seed003-3a-duplicate-insert-two-sessions
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 003 case (3): two sessions insert the same UNIQUE key. T1's insert is
-- implicitly locked; T2's duplicate check converts it to an explicit lock and
-- waits (S); T1 commits -> T2 gets 1062.
CREATE TABLE users (id INT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(64) NOT NULL, UNIQUE KEY uk_email (email)) ENGINE=InnoDB;
INSERT INTO users (email) VALUES ('a@x'), ('c@x');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO users (email) VALUES ('b@x');      -- expect: ok
-- @locks
--   T1 holds  TABLE users IX
--   T2 holds  nothing
T2: INSERT INTO users (email) VALUES ('b@x');      -- expect: blocked -> error 1062
-- @locks
--   T1 holds  TABLE users IX
--   T1 holds  RECORD users.uk_email X,REC_NOT_GAP ('b@x', 3)
--   T2 holds  TABLE users IX
--   T2 waits  RECORD users.uk_email S ('b@x', 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE users IX
--   T2 holds  RECORD users.PRIMARY X supremum
--   T2 holds  RECORD users.uk_email S ('b@x', 3)
T2: COMMIT;                                        -- expect: ok
