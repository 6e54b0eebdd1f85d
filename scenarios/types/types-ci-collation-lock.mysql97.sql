-- @name: types-ci-collation-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Case-insensitive locking on a secondary VARCHAR index (utf8mb4_general_ci):
-- FOR UPDATE with name = 'DEF' matches the stored 'def' entry (next-key X on
-- ('def', 2) and X,GAP on ('ghi', 3)). An insert of 'Deb' sorts into the
-- locked gap and waits; an insert of 'xyz' does not.
CREATE TABLE s (id INT PRIMARY KEY, name VARCHAR(20), KEY idx_name (name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO s VALUES (1,'abc'),(2,'def'),(3,'ghi'),(4,'jkl');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM s WHERE name = 'DEF' FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD s.idx_name X ('def', 2)
--   T1 holds  RECORD s.idx_name X,GAP ('ghi', 3)
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO s VALUES (5, 'Deb');               -- expect: blocked -> ok
T3: INSERT INTO s VALUES (6, 'xyz');               -- expect: ok
T3: INSERT INTO s VALUES (7, 'DEG');               -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD s.idx_name X ('def', 2)
--   T1 holds  RECORD s.idx_name X,GAP ('ghi', 3)
--   T2 holds  TABLE s IX
--   T2 waits  RECORD s.idx_name X,GAP,INSERT_INTENTION ('def', 2)
--   T3 holds  TABLE s IX
--   T3 waits  RECORD s.idx_name X,GAP,INSERT_INTENTION ('ghi', 3)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
