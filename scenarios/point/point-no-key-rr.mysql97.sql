-- @name: point-no-key-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, a table without any key: rows live in GEN_CLUST_INDEX ordered by the
-- hidden DB_ROW_ID (#n). An UPDATE by a column value is a full scan: every
-- record and the supremum get X next-key locks; even an insert at the end
-- (a new row id, supremum gap) waits.
-- (A third session's full-scan S read here would race with the insert for
-- the supremum after T1's COMMIT: flaky, left out.)
CREATE TABLE t (a INT, b INT) ENGINE=InnoDB;
INSERT INTO t VALUES (1,0),(2,0),(3,0),(4,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: UPDATE t SET b = 1 WHERE a = 2;                -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#1)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#2)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#3)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#4)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X supremum
--   T2 holds  nothing
T2: INSERT INTO t VALUES (5, 0);                   -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#1)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#2)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#3)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X (#4)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X supremum
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.GEN_CLUST_INDEX X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
