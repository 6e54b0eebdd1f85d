-- @name: nextkey-after-record-lock-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T23
-- Spec §7 row 1: a next-key request by a transaction that holds only a record lock on the
-- record. 8.0 (§1.4 "next-key splitting") adds a GAP lock, which never waits, so there is no
-- deadlock. Counterparts: nextkey-after-record-lock-mysql57.sql; MariaDB recorded in
-- scenarios/spec/spec-T23-nextkey-after-record-lock.sql (no deadlock there either, errata T23).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T23 step 1 "expect: ok" (X,REC_NOT_GAP on 20, §3.1 rule 3)
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- why: T23 step 2 "8.0: blocked -> ok" (S,REC_NOT_GAP waits for T1's X,REC_NOT_GAP)
T2: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- why: T23 step 3 "8.0: ok" (next-key on 20 becomes X,GAP beside the held X,REC_NOT_GAP)
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: ok
-- why: T23 "blocked -> ok means ok once the session that holds the conflicting lock ends" (§8 conventions)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: ROLLBACK;                                      -- expect: ok
