-- @name: range-end-le-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T15
-- Spec §7 row 8: after an inclusive end key that exists, 8.0 locks nothing further; 5.7 locks
-- the next record with a next-key lock. Counterparts: range-end-le-mysql57.sql; MariaDB (as 5.7):
-- scenarios/spec/spec-T15-pk-range-le.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
-- why: T15 step 1 "ok"
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: ok
-- why: T15 steps 2-3 "8.0: ok" (8.0 stops after the inclusive end key 20 that exists; no lock on 30)
T2: UPDATE t SET v=1 WHERE id=30;                  -- expect: ok
-- why: T15 step 3, same version split as step 2 (insert intention into the gap before 30)
T3: INSERT INTO t VALUES (25,25,0);                -- expect: ok
-- why: T15 step 4 "blocked -> ok" (next-key on 20 covers the gap (10, 20))
T4: INSERT INTO t VALUES (15,15,0);                -- expect: blocked -> ok
-- why: §8 conventions: "blocked -> ok" = ok once the session that holds the conflicting lock (T1) ends
T1: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
