-- @name: rc-inherit-filter-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- @source: innodb-locking-spec.md §3.10 (inheritance filter at RC), §2.3, §3.6 step 6 (derived; no §8 case and no MySQL test covers these steps)
-- Spec §7 row 12: when a record disappears (here: rollback of an uncommitted insert), its locks
-- are inherited as gap locks by the next record, with an isolation filter for RC transactions.
-- T1 (RC) waits with S on T2's new row 15; T2 rolls back. 5.7 inherits T1's S as S,GAP on 20
-- (only X is skipped at RC); 8.0 skips it. Counterpart: rc-inherit-filter-mysql80.sql. MariaDB is
-- "as 5.7" in §7 (not recorded for these steps).
-- DERIVED expectations: from the cited spec sections, not from a recorded run.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: §3.6: an insert into a gap without lock objects creates no lock (implicit lock only)
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
-- why: §2.3: T1's read converts T2's implicit lock to X,REC_NOT_GAP and waits with S,REC_NOT_GAP
T1: SELECT * FROM t WHERE id=15 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- why: T2's rollback removes 15: T1's S lock is copied to 20 as S,GAP, then its wait is cancelled (§3.10); T1 retries and finds no row
T2: ROLLBACK;                                      -- expect: ok
-- released: T1 -> ok
-- why: §3.10 5.7: an RC transaction's locks are inherited unless their mode is X (S for REPLACE/IODKU); T1's S on 15 (granted or waiting) becomes S,GAP on 20, which blocks the insert intention (§1.3)
T3: INSERT INTO t VALUES (16,16,0);                -- expect: ok
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
