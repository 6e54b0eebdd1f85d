-- @name: edge-char-secondary-trailing-space-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, CHAR(4) non-unique secondary key: CHAR values are stored padded and
-- compared without trailing spaces, so WHERE c = 'bb  ' matches 'bb'. FOR
-- UPDATE locks ('bb', 2) next-key and the gap before ('cc', 3). T2's insert of
-- 'bbb' (in the gap) waits; T3's insert of 'a' goes through.
CREATE TABLE t (id INT PRIMARY KEY, c CHAR(4) NOT NULL, v INT, KEY idx_c (c)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,'aa',0),(2,'bb',0),(3,'cc',0),(4,'dd',0),(5,'ee',0),(6,'ff',0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM t FORCE INDEX (idx_c) WHERE c = 'bb  ' FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_c X ('bb', 2)
--   T1 holds  RECORD t.idx_c X,GAP ('cc', 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO t VALUES (7, 'bbb', 0);            -- expect: blocked -> ok
T3: INSERT INTO t VALUES (8, 'a', 0);              -- expect: ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD t.idx_c X ('bb', 2)
--   T1 holds  RECORD t.idx_c X,GAP ('cc', 3)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.idx_c X,GAP,INSERT_INTENTION ('cc', 3)
--   T3 holds  TABLE t IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
