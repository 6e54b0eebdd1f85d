-- @name: for-share-syntax-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §3.3 ("SELECT … FOR SHARE / LOCK IN SHARE MODE"); MySQL 8.0 manual "Locking Reads" (FOR SHARE replaces LOCK IN SHARE MODE, "The statements are equivalent")
-- @source: mysql-test/suite/innodb/t/avoid_deadlock_with_blocked.test (MySQL 8.0: SELECT * FROM t1 FOR SHARE returns row 1)
-- FOR SHARE syntax (8.0 only, issue 6): 8.0 accepts it and takes the same S lock as LOCK IN SHARE MODE
-- (T20/T26 shapes). Counterparts: for-share-syntax-mysql57.sql (error 1064); MariaDB also rejects it
-- with 1064 (scenario-format.md).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: manual: FOR SHARE is equivalent to LOCK IN SHARE MODE (S,REC_NOT_GAP on 20, §3.2 pk = c)
T1: SELECT * FROM t WHERE id=20 FOR SHARE;         -- expect: ok
-- why: an X request waits for the S lock (§1.3 matrix), as after LOCK IN SHARE MODE (T26 step 2)
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
