-- @name: nextkey-after-record-lock-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T23
-- Spec §7 row 1: a next-key request by a transaction that holds only a record lock on the
-- record. 5.7 checks the full next-key request against the queue (§1.4), so T1's X on 20
-- waits behind T2's *waiting* S,REC_NOT_GAP (§1.5) and closes a cycle. Counterparts:
-- nextkey-after-record-lock-mysql80.sql; MariaDB: scenarios/spec/spec-T23-nextkey-after-record-lock.sql
-- (MariaDB does NOT deadlock, errata T23 / MDEV-10962; the spec's "5.7, MDB" is right for 5.7 only).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T23 step 1 "expect: ok"
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- why: T23 step 2 "5.7, MDB: blocked -> deadlock"
T2: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- why: T23 step 3 "5.7, MDB: blocked -> ok"; the 5.7 checker runs at enqueue (§5.3) and rolls back
-- why: the lighter T2 (IS + waiting struct = 2 vs >= 4, T23 "Why"), so T1's wait ends inside its own
-- why: step; the scenario format writes such a step as ok (scenario-format.md, errata "Notation" 8)
-- why: T23 "Why": T1's X next-key request on 20 waits for T2's waiting
-- why: S,REC_NOT_GAP; T2 waits for T1's granted X,REC_NOT_GAP on 20 (the only granted lock of
-- why: another session on record 20); victim T2. (Generated lines follow the step directly,
-- why: so their justification is written above the step.)
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- why: §5.1 after a deadlock MySQL clears OPTION_BEGIN; ROLLBACK is a no-op that succeeds
T2: ROLLBACK;                                      -- expect: ok
