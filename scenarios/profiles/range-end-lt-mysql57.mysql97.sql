-- @name: range-end-lt-mysql57
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T14
-- Spec §7 row 8: the first record past a clustered-index range (RR). 8.0 locks it X,GAP; 5.7
-- locks it X next-key. Counterparts: range-end-lt-mysql80.sql; MariaDB (next-key, as 5.7):
-- scenarios/spec/spec-T14-pk-range-lt.sql.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
-- why: T14 step 1 "ok"
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id < 20 FOR UPDATE;  -- expect: ok
-- why: T14 step 2 "5.7, MDB: blocked -> ok" (T1 holds X next-key on 20)
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- why: T14 step 3 "blocked -> ok" (gap before 20)
T3: INSERT INTO t VALUES (15,15,0);                -- expect: blocked -> ok
-- why: T14 step 4 "blocked -> ok" (next-key on 10 covers the gap below 10)
T4: INSERT INTO t VALUES (5,5,0);                  -- expect: blocked -> ok
-- why: T14 / §8 conventions ("ok once the session that holds the conflicting lock ends"): all three wait for T1
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
