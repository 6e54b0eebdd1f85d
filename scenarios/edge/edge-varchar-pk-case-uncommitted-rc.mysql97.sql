-- @name: edge-varchar-pk-case-uncommitted-rc
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- RC, VARCHAR PRIMARY KEY (utf8mb4_general_ci), two sessions insert 'm' and
-- 'M' (equal under the collation): T2's insert finds T1's uncommitted 'm',
-- converts its implicit lock and waits with S,REC_NOT_GAP. T1 rolls back:
-- the S lock is inherited as S,GAP by the next record, T2's insert then
-- splits that gap, so it ends holding S,GAP on its own 'M' and on 't'.
CREATE TABLE s (name VARCHAR(20) NOT NULL PRIMARY KEY, v INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO s VALUES ('a',1),('g',2),('t',3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO s VALUES ('m', 1);                 -- expect: ok
T2: INSERT INTO s VALUES ('M', 2);                 -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP ('m')
--   T2 holds  TABLE s IX
--   T2 waits  RECORD s.PRIMARY S,REC_NOT_GAP ('m')
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE s IX
--   T2 holds  RECORD s.PRIMARY S,GAP ('M')
--   T2 holds  RECORD s.PRIMARY S,GAP ('t')
T2: COMMIT;                                        -- expect: ok
