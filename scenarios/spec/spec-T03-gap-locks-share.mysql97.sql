-- @name: spec-T03-gap-locks-share
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T03
-- Purpose: Gap locks never conflict, whatever their mode.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T2: SELECT * FROM t WHERE id=16 LOCK IN SHARE MODE;  -- expect: ok
-- spec: ok (0 rows, X,GAP on 20)
T3: DELETE FROM t WHERE id=17;                     -- expect: ok
T4: INSERT INTO t VALUES (18,18,0);                -- expect: blocked -> ok
-- checkpoint added for the lock the spec states on T3's step
-- spec-lock: T3 holds  RECORD t.PRIMARY X,GAP (20)
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S,GAP (20)
--   T3 holds  TABLE t IX
--   T3 holds  RECORD t.PRIMARY X,GAP (20)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
-- spec: ok (T4 still blocked)
-- spec-releases: none
T1: COMMIT;                                        -- expect: ok
-- spec: ok (T4 still blocked)
-- spec-releases: none
T2: COMMIT;                                        -- expect: ok
-- spec: ok (now T4 completes)
-- spec-releases: T4
T3: COMMIT;                                        -- expect: ok
-- released: T4 -> ok
T4: COMMIT;                                        -- expect: ok
