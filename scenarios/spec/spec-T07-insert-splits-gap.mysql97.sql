-- @name: spec-T07-insert-splits-gap
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T07
-- Purpose: Own locks never conflict; the new record inherits the gap lock.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T1: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T2: INSERT INTO t VALUES (12,12,0);                -- expect: blocked -> ok
T3: INSERT INTO t VALUES (17,17,0);                -- expect: blocked -> ok
-- spec @locks: T1: PRIMARY X,GAP 20; PRIMARY X,GAP 15 | T2: II on 15 WAITING | T3: II on 20 WAITING
-- spec-lock: T1 holds  RECORD t.PRIMARY X,GAP (15)
-- spec-lock: T1 holds  RECORD t.PRIMARY X,GAP (20)
-- spec-lock: T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (15)
-- spec-lock: T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (15)
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (15)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
