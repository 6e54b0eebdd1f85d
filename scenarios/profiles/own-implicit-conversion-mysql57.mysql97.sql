-- @name: own-implicit-conversion-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §2.3 ("MySQL (5.7, 8.0): conversion also happens when H is the requester itself"), §8 T06
-- Spec §7 row 13: same behaviour as 8.0 (own-implicit-conversion-mysql80.sql); the explicit lock
-- is visible only in SHOW ENGINE INNODB STATUS on 5.7 (INNODB_LOCKS lists contended locks only),
-- so this file checks outcomes only.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T06 step 1 "ok"
T1: INSERT INTO t VALUES (15,15,0);                -- expect: ok
-- why: §2.3 (own conversion, then the request is satisfied by the converted lock, §1.4)
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
-- why: T06 step 4 "blocked -> ok" (S waits for T1's X,REC_NOT_GAP on 15), released by T1's COMMIT
T2: SELECT * FROM t WHERE id=15 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
