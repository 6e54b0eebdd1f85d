-- @name: spec-T14-pk-range-lt
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T14
-- Purpose: End of a clustered range with <.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id < 20 FOR UPDATE;  -- expect: ok
-- spec: 8.0: ok | 5.7, MDB: blocked -> ok
T2: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
T3: INSERT INTO t VALUES (15,15,0);                -- expect: blocked -> ok
T4: INSERT INTO t VALUES (5,5,0);                  -- expect: blocked -> ok
-- spec @locks 8.0: T1: PRIMARY X 10; PRIMARY X,GAP 20   (5.7/MDB: X on 10 and X on 20)
-- spec-lock: T1 holds  RECORD t.PRIMARY X (10)
-- spec-lock: T1 holds  RECORD t.PRIMARY X (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X (10)
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (10)
-- spec-releases: T2 T3 T4
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- released: T4 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
T4: COMMIT;                                        -- expect: ok
