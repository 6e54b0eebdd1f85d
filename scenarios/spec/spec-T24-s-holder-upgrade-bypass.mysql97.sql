-- @name: spec-T24-s-holder-upgrade-bypass
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T24
-- Purpose: An S holder upgrading to X bypasses the waiting X of another transaction (new releases) or deadlocks (old).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: ok
-- spec: new: blocked -> ok | old: blocked -> deadlock
-- spec: "new" = 8.0 after 8.0.27 and MariaDB with MDEV-34877 (10.6.21/10.11.11 era); the oracle runs 10.11.19
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
-- spec: new: ok | old: blocked -> ok
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
