-- @name: spec-T23-nextkey-after-record-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T23
-- Purpose: 8.0 splits the next-key request; 5.7/MariaDB deadlock.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
-- spec: 8.0: blocked -> ok | 5.7, MDB: blocked -> deadlock
T2: SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE;  -- expect: blocked -> ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok
-- spec: T1's X next-key request on 20 conflicts with T2's waiting S,REC_NOT_GAP -> cycle; T2 is lighter
-- spec: (IS + waiting struct = 2 vs >= 4) -> T2 is the victim even though T1 closed the cycle
-- spec-releases: T2
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: ok
-- spec (8.0 only) @locks after T1's range read: X,REC_NOT_GAP 20, X 10, X,GAP 20; checkpoint added to show MariaDB's
-- spec-lock-8.0: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-lock-8.0: T1 holds  RECORD t.PRIMARY X (10)
-- spec-lock-8.0: T1 holds  RECORD t.PRIMARY X,GAP (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE t IS
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: ROLLBACK;                                      -- expect: ok
