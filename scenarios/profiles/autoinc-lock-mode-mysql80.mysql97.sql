-- @name: autoinc-lock-mode-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T38
-- Spec §7 row 16: innodb_autoinc_lock_mode defaults to 2 in 8.0 (no AUTO-INC table locks) and
-- to 1 in 5.7 (INSERT ... SELECT holds AUTO-INC until its statement ends). Counterparts:
-- autoinc-lock-mode-mysql57.sql; MariaDB (mode 1, as 5.7): scenarios/spec/spec-T38-autoinc-lock.sql.
-- Fixture F4 (F1 + table a) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB;

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
-- why: T38 step 1 "ok"
T1: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: T38 step 2 "blocked -> ok (inserted row for id 10, waits on 20)"
T2: INSERT INTO a (v) SELECT v FROM t FORCE INDEX(PRIMARY);  -- expect: blocked -> ok
-- why: T38 step 3 "mode 2 (8.0 default): ok" (no AUTO-INC table lock in mode 2)
T3: INSERT INTO a (v) VALUES (5);                  -- expect: ok
-- why: T38 step 4: T1's COMMIT lets T2's statement finish
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
