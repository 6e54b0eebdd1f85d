-- @name: types-bigint-key
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- BIGINT keys beyond 32 bits: a missing key between two large values takes
-- X,GAP on the next one; a BIGINT UNSIGNED secondary index with its maximum
-- value 18446744073709551615 is locked like any other value.
CREATE TABLE b (id BIGINT PRIMARY KEY, u BIGINT UNSIGNED NOT NULL, KEY idx_u (u)) ENGINE=InnoDB;
INSERT INTO b VALUES (-9000000000,1),(5000000000,2),(9000000000,18446744073709551615),(9223372036854775807,3);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: SELECT * FROM b WHERE id = 6000000000 FOR UPDATE;  -- expect: ok
T1: SELECT id FROM b WHERE u = 18446744073709551615 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE b IX
--   T1 holds  RECORD b.PRIMARY X,GAP (9000000000)
--   T1 holds  RECORD b.PRIMARY X,REC_NOT_GAP (9000000000)
--   T1 holds  RECORD b.idx_u X (18446744073709551615, 9000000000)
--   T1 holds  RECORD b.idx_u X supremum
--   T2 holds  nothing
--   T3 holds  nothing
T2: INSERT INTO b VALUES (7000000000, 4);          -- expect: blocked -> ok
T3: INSERT INTO b VALUES (1, 18446744073709551614);  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE b IX
--   T1 holds  RECORD b.PRIMARY X,GAP (9000000000)
--   T1 holds  RECORD b.PRIMARY X,REC_NOT_GAP (9000000000)
--   T1 holds  RECORD b.idx_u X (18446744073709551615, 9000000000)
--   T1 holds  RECORD b.idx_u X supremum
--   T2 holds  TABLE b IX
--   T2 waits  RECORD b.PRIMARY X,GAP,INSERT_INTENTION (9000000000)
--   T3 holds  TABLE b IX
--   T3 waits  RECORD b.idx_u X,GAP,INSERT_INTENTION (18446744073709551615, 9000000000)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- released: T3 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
