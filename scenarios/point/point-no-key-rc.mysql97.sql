-- @name: point-no-key-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, a table without any key (GEN_CLUST_INDEX, hidden row ids #n): the full
-- scan locks every row but releases the non-matching ones, so only the row
-- with a = 2 stays X,REC_NOT_GAP; an insert and an UPDATE of another row
-- go through (semi-consistent read skips the locked row), a DELETE of a = 2
-- waits.
CREATE TABLE t (a INT, b INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET b = 1 WHERE a = 2;                -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#2)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (5, 0);                   -- expect: ok
T2: UPDATE t SET b = 2 WHERE a = 4;                -- expect: ok
T3: DELETE FROM t WHERE a = 2;                     -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#2)
--   T2 holds  TABLE t IX
--   T2 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#4)
--   T2 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#5)
--   T3 holds  TABLE t IX
--   T3 waits  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#2)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
-- released: T3 -> ok
T3: COMMIT;                                        -- expect: ok
