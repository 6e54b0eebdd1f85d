-- @name: pk-dup-check-iodku-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T36
-- Spec §7 row 9: the PRIMARY duplicate check (here X for IODKU) is record-only in 8.0 and 5.7.26+,
-- so the gap before 20 stays free. No 8.0/5.7.26+ difference: both files have the same outcomes
-- (5.7.4-5.7.25 would block T2). Counterparts: pk-dup-check-iodku-mysql57.sql; MariaDB 10.11.19 is
-- record-only too (errata T36): scenarios/spec/spec-T36-iodku-pk-duplicate.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T36 step 1 "ok"
T1: INSERT INTO t VALUES (20,20,0) ON DUPLICATE KEY UPDATE v=v+1;  -- expect: ok
-- why: T36 step 2 "8.0, 5.7.26+: ok"
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
-- why: T36 step 3 "blocked -> ok" (T1's X,REC_NOT_GAP on 20), released by T1's COMMIT
T3: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
