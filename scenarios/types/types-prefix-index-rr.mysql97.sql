-- @name: types-prefix-index-rr
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- RR, prefix index name(4): the index stores only the first 4 characters, so
-- name = 'abcdef' scans every entry with prefix 'abcd' (next-key X on both,
-- and the PRIMARY rows, since the full value must be checked in the row) and
-- gap-locks the next entry 'abcz'. An UPDATE of the other 'abcd...' row
-- ('abcdxy') waits even though it does not match.
CREATE TABLE p (id INT PRIMARY KEY, name VARCHAR(20), KEY idx_name4 (name(4))) ENGINE=InnoDB;
INSERT INTO p VALUES (1,'abca'),(2,'abcdef'),(3,'abcdxy'),(4,'abcz'),(5,'bcde');

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT id FROM p WHERE name = 'abcdef' FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE p IX
--   T1 holds  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD p.idx_name4 X ('abcd', 2)
--   T1 holds  RECORD p.idx_name4 X ('abcd', 3)
--   T1 holds  RECORD p.idx_name4 X,GAP ('abcz', 4)
--   T2 holds  nothing
--   T3 holds  nothing
T2: UPDATE p SET name = 'abcdxz' WHERE id = 3;     -- expect: blocked -> ok
T3: INSERT INTO p VALUES (6, 'bbbb');              -- expect: ok
-- @locks
--   T1 holds  TABLE p IX
--   T1 holds  RECORD p.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--   T1 holds  RECORD p.idx_name4 X ('abcd', 2)
--   T1 holds  RECORD p.idx_name4 X ('abcd', 3)
--   T1 holds  RECORD p.idx_name4 X,GAP ('abcz', 4)
--   T2 holds  TABLE p IX
--   T2 waits  RECORD p.PRIMARY X,REC_NOT_GAP (3)
--   T3 holds  TABLE p IX
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
