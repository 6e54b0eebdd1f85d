-- @name: spec-T16-pk-range-ge-and-gt
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T16
-- Purpose: Start of a clustered range: >= on an existing key locks it record-only, > takes next-key locks.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id >= 20 FOR UPDATE;  -- expect: ok
-- spec: ok (20 is locked REC_NOT_GAP)
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T3: INSERT INTO t VALUES (25,25,0);                -- expect: blocked -> ok
-- spec: blocked -> ok (supremum)
T4: INSERT INTO t VALUES (40,40,0);                -- expect: blocked -> ok
-- checkpoint added for the locks the spec states on T2's and T4's steps
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
-- spec-lock: T4 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T1 holds  RECORD t.PRIMARY X (30)
--   T1 holds  RECORD t.PRIMARY X supremum
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (30)
--   T4 holds  TABLE t IX
--   T4 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum
-- spec-releases: T3 T4
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- released: T4 -> ok
-- harness: the inserts roll back so that the variant starts from F1
T2: ROLLBACK;                                      -- expect: ok
T3: ROLLBACK;                                      -- expect: ok
T4: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "with id > 15: T2 INSERT (12,12,0) -> blocked -> ok (next-key on 20 covers (10,20))".
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id > 15 FOR UPDATE;  -- expect: ok
T2: INSERT INTO t VALUES (12,12,0);                -- expect: blocked -> ok
-- spec-releases: T2
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
