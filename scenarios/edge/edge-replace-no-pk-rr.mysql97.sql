-- @name: edge-replace-no-pk-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, REPLACE on a table without a PRIMARY key whose only UNIQUE key is
-- nullable (clustered index GEN_CLUST_INDEX): the duplicate check locks the
-- conflicting uk entry X (next-key); since that key is the table's last
-- unique key the server updates the row in place instead of delete + insert,
-- so it keeps its DB_ROW_ID (#2), locked X,REC_NOT_GAP. T2's locking read of
-- the same u waits on the uk entry.
CREATE TABLE t (u INT NULL, v INT, UNIQUE KEY uk_u (u)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,0),(20,0),(30,0),(40,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: REPLACE INTO t VALUES (20, 9);                 -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#2)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X supremum
--   T1 holds  RECORD t.uk_u X (20, #2)
--   T2 holds  nothing
T2: SELECT v FROM t WHERE u = 20 FOR UPDATE;       -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.GEN_CLUST_INDEX X,REC_NOT_GAP (#2)
--   T1 holds  RECORD t.GEN_CLUST_INDEX X supremum
--   T1 holds  RECORD t.uk_u X (20, #2)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.uk_u X,REC_NOT_GAP (20, #2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
