-- @name: types-ci-collation-duplicate
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- A VARCHAR PRIMARY KEY under the default utf8mb4_general_ci collation:
-- 'ABC' and 'abc ' (trailing space, PAD SPACE) compare equal to the stored
-- 'abc', so both inserts fail with 1062 and leave S,REC_NOT_GAP on 'abc'.
-- T2's UPDATE of 'Abc' then waits for those S locks.
CREATE TABLE s (name VARCHAR(20) NOT NULL PRIMARY KEY, v INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO s VALUES ('abc',1),('def',2),('ghi',3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO s VALUES ('ABC', 9);               -- expect: error 1062
T1: INSERT INTO s VALUES ('abc ', 9);              -- expect: error 1062
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY S,REC_NOT_GAP ('abc')
--   T2 holds  nothing
T2: UPDATE s SET v = 5 WHERE name = 'Abc';         -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE s IX
--   T1 holds  RECORD s.PRIMARY S,REC_NOT_GAP ('abc')
--   T2 holds  TABLE s IX
--   T2 waits  RECORD s.PRIMARY X,REC_NOT_GAP ('abc')
T1: ROLLBACK;                                      -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
