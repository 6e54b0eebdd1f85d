-- @name: for-share-syntax-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: issue 6 ("FOR SHARE syntax (8.0 only)"); innodb-locking-spec.md §8 T41 (5.7 rejects 8.0-only locking-read syntax with error 1064)
-- FOR SHARE syntax: MySQL 5.7 knows only LOCK IN SHARE MODE; FOR SHARE is a parse error, so T1
-- takes no lock and T2's UPDATE does not wait. Counterpart: for-share-syntax-mysql80.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: issue 6: FOR SHARE is 8.0-only syntax; a syntax error is 1064 (T41 "5.7: error 1064 (syntax)")
T1: SELECT * FROM t WHERE id=20 FOR SHARE;         -- expect: ok
-- why: nothing is locked by T1 (the statement was not executed)
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
