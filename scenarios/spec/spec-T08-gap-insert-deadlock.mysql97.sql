-- @name: spec-T08-gap-insert-deadlock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T08
-- @isolation T4: READ COMMITTED
-- @isolation T5: READ COMMITTED
-- Purpose: The classic "two gap holders both insert".
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T4: BEGIN;                                         -- expect: ok
T5: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T2: SELECT * FROM t WHERE id=16 FOR UPDATE;        -- expect: ok
T1: INSERT INTO t VALUES (15,15,0);                -- expect: blocked -> ok
-- spec: equal weights (IX + gap struct + waiting II = 3, no undo): the requester T2 is the victim;
-- spec: MariaDB's report labels T2 as (1)
-- spec-releases: T1
T2: INSERT INTO t VALUES (16,16,0);                -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--     behind T2 holds  RECORD t.PRIMARY X,GAP (20)
--   T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--     behind T1 holds  RECORD t.PRIMARY X,GAP (20)
-- harness: T1 rolls back (the spec has no end steps) so that the READ COMMITTED variant starts from F1
T1: ROLLBACK;                                      -- expect: ok
T2: ROLLBACK;                                      -- expect: ok

-- Variant from the spec's text: "At RC nothing blocks." T4 plays T1 and T5 plays T2 at READ COMMITTED.
T4: SELECT * FROM t WHERE id=15 FOR UPDATE;        -- expect: ok
T5: SELECT * FROM t WHERE id=16 FOR UPDATE;        -- expect: ok
T4: INSERT INTO t VALUES (15,15,0);                -- expect: ok
T5: INSERT INTO t VALUES (16,16,0);                -- expect: ok
T4: COMMIT;                                        -- expect: ok
T5: COMMIT;                                        -- expect: ok
