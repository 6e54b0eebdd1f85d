-- @name: spec-T31-delete-marked
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T31
-- @isolation T5: READ COMMITTED
-- @isolation T6: READ COMMITTED
-- @isolation T7: READ COMMITTED
-- Purpose: Locking reads and inserts on committed delete-marked (unpurged) records.
-- The oracle also holds a read view of its own for the whole run, so purge cannot remove
-- the delete-marked records even without T9.
-- Fixture F1 (table t) and F2 (table u) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);
CREATE TABLE u (id INT PRIMARY KEY, uk INT, v INT, UNIQUE KEY uk (uk)) ENGINE=InnoDB;
INSERT INTO u VALUES (1,10,0),(2,20,0),(3,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
T7: BEGIN;                                         -- expect: ok
T8: BEGIN;                                         -- expect: ok
-- spec: ok (keep open to the end)
T9: START TRANSACTION WITH CONSISTENT SNAPSHOT;    -- expect: ok

-- Part 1, F1 (table t)
T8: DELETE FROM t WHERE id=20;                     -- expect: ok
T8: COMMIT;                                        -- expect: ok
-- spec: ok (empty; X,REC_NOT_GAP on the deleted record 20)
-- spec-rows: none
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
T2: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T3: INSERT INTO t VALUES (20,20,0);                -- expect: blocked -> ok
-- checkpoint added for the lock the spec states on T1's step
-- spec-lock: T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20) delete-marked
--   T2 holds  TABLE t IX
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.PRIMARY S,REC_NOT_GAP (20) delete-marked
--   T4 holds  nothing
--   T5 holds  nothing
--   T6 holds  nothing
--   T7 holds  nothing
--   T8 holds  nothing
--   T9 holds  nothing
-- spec-releases: T3
T1: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
-- harness: T2 and T3 roll back so that part 3 finds the same delete-marked record 20
T2: ROLLBACK;                                      -- expect: ok
T3: ROLLBACK;                                      -- expect: ok

-- Part 2, F2 (table u)
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T8: BEGIN;                                         -- expect: ok
T8: DELETE FROM u WHERE id=2;                      -- expect: ok
T8: COMMIT;                                        -- expect: ok
-- spec: ok, empty; uk X "20, 2" next-key on the deleted entry and X,GAP "30, 3"
-- spec-rows: none
T1: SELECT * FROM u WHERE uk=20 FOR UPDATE;        -- expect: ok
T2: INSERT INTO u VALUES (5,15,0);                 -- expect: blocked -> ok
T4: INSERT INTO u VALUES (6,25,0);                 -- expect: blocked -> ok
-- spec-lock: T1 holds  RECORD u.uk X (20, 2) delete-marked
-- spec-lock: T1 holds  RECORD u.uk X,GAP (30, 3)
-- @locks
--   T1 holds  TABLE u IX
--   T1 holds  RECORD u.uk X (20, 2) delete-marked
--   T1 holds  RECORD u.uk X,GAP (30, 3)
--   T2 holds  TABLE u IX
--   T2 waits  RECORD u.uk X,GAP,INSERT_INTENTION (20, 2) delete-marked
--   T3 holds  nothing
--   T4 holds  TABLE u IX
--   T4 waits  RECORD u.uk X,GAP,INSERT_INTENTION (30, 3)
--   T5 holds  nothing
--   T6 holds  nothing
--   T7 holds  nothing
--   T8 holds  nothing
--   T9 holds  nothing
-- spec-releases: T2 T4
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T4 -> ok
-- harness: the inserts roll back so that part 4 starts from the same state
T2: ROLLBACK;                                      -- expect: ok
T4: ROLLBACK;                                      -- expect: ok

-- Part 3, from the spec's text "At RC everything is ok": F1 at READ COMMITTED, T5/T6/T7 play T1/T2/T3.
-- (spec §10 open point 6: RC and committed delete-marked records, locks printed)
T5: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
T6: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T7: INSERT INTO t VALUES (20,20,0);                -- expect: ok
-- spec (§3.2, RC): the lock on a delete-marked row is taken, then released at once
-- spec-nolock: T5 holds  RECORD
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  nothing
--   T4 holds  nothing
--   T5 holds  TABLE t IX
--   T6 holds  TABLE t IX
--   T7 holds  TABLE t IX
--   T7 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)
--   T8 holds  nothing
--   T9 holds  nothing
T5: COMMIT;                                        -- expect: ok
T6: ROLLBACK;                                      -- expect: ok
T7: ROLLBACK;                                      -- expect: ok

-- Part 4, the same for F2 at READ COMMITTED: T5/T6/T7 play T1/T2/T4.
T5: BEGIN;                                         -- expect: ok
T6: BEGIN;                                         -- expect: ok
T7: BEGIN;                                         -- expect: ok
T5: SELECT * FROM u WHERE uk=20 FOR UPDATE;        -- expect: ok
T6: INSERT INTO u VALUES (5,15,0);                 -- expect: ok
T7: INSERT INTO u VALUES (6,25,0);                 -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  nothing
--   T3 holds  nothing
--   T4 holds  nothing
--   T5 holds  TABLE u IX
--   T6 holds  TABLE u IX
--   T7 holds  TABLE u IX
--   T8 holds  nothing
--   T9 holds  nothing
T5: COMMIT;                                        -- expect: ok
T6: COMMIT;                                        -- expect: ok
T7: COMMIT;                                        -- expect: ok
T9: COMMIT;                                        -- expect: ok
