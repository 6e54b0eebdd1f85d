-- @name: s-holder-bypass-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T24
-- Spec §7 row 2: 5.7 has no bypass (§1.3 step 8 is 8.0-after-8.0.27 / MariaDB only), so the
-- S holder's upgrade queues behind the waiting X ("old" behaviour of T24). Counterparts:
-- s-holder-bypass-mysql80.sql; MariaDB (same "old" behaviour on 10.11.19, errata T24):
-- scenarios/spec/spec-T24-s-holder-upgrade-bypass.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T24 step 1 "expect: ok"
T1: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: ok
-- why: T24 step 2 "old: blocked -> deadlock" ("old" = 5.7, T24 text)
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: blocked -> ok
-- why: T24 step 3 "old: blocked -> ok": T1 queues behind T2's waiting X -> cycle; T2 is lighter
-- why: (2 structs vs 4, T24 "Why") and the 5.7 checker acts at enqueue (§5.3), so T1's wait ends inside
-- why: its own step: ok in the scenario format (errata "Notation" 8), T2 released with 1213 there.
-- why: deadlock lines: T1 waits X,REC_NOT_GAP on 20 (the UPDATE's record lock) behind T2's *waiting* X
-- why: (not printed: granted locks only); T2 waits X,REC_NOT_GAP on 20 behind T1's granted S,REC_NOT_GAP
T1: UPDATE t SET v=2 WHERE id=20;                  -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- why: §5.1: after 1213 the session is in autocommit mode; COMMIT succeeds
T2: COMMIT;                                        -- expect: ok
