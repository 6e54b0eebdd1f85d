-- @name: own-implicit-conversion-mysql80
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §2.3 ("after INSERT id=5; SELECT ... WHERE id=5 FOR UPDATE in one transaction data_locks shows an X,REC_NOT_GAP for row 5"), §8 T06
-- Spec §7 row 13: MySQL converts the transaction's own implicit lock into an explicit
-- X,REC_NOT_GAP when it reads its own new row with a locking read (5.7 and 8.0 alike; MariaDB
-- does not). Counterpart: own-implicit-conversion-mysql57.sql (same outcomes; 5.7 has no data_locks,
-- so no checkpoint there).
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
-- why: T06 step 1 "ok"
T1: INSERT INTO t VALUES (15,15,0);                -- expect: ok
-- why: §2.3 (own conversion, then the request is satisfied by the converted lock, §1.4)
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
-- why: §2.3: data_locks shows X,REC_NOT_GAP on 15; IX from the INSERT (§3.6 "Per row: IX"); no
-- why: insert-intention lock (§3.6 step 3: the next record 20 had no lock objects); T2 has done nothing
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)
--   T2 holds  nothing
-- why: T06 step 4 "blocked -> ok" (S waits for T1's X,REC_NOT_GAP on 15), released by T1's COMMIT
T2: SELECT * FROM t WHERE id=15 LOCK IN SHARE MODE;  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
