-- @name: insert-dup-pk-uncommitted-rollback
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, same as insert-dup-pk-uncommitted-commit but T1 rolls back: T2's insert
-- proceeds (blocked -> ok). The removed record passes its locks to the next
-- record (the supremum) as gap locks: T2's inherited S gap lock on the
-- supremum then blocks T3's insert of 6 until T2 commits. No checkpoint after
-- the ROLLBACK: whether T2's retried insert leaves a granted insert-intention
-- struct on the supremum depends on whether T1 has already released its own
-- inherited gap lock (two runs differed).
CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,10),(2,20),(3,30),(4,40);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: INSERT INTO t VALUES (5, 50);                  -- expect: ok
T2: INSERT INTO t VALUES (5, 55);                  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (5)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY S,REC_NOT_GAP (5)
--   T3 holds  nothing
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T3: INSERT INTO t VALUES (6, 60);                  -- expect: blocked -> ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
