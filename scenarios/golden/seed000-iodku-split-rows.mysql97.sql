-- @name: seed000-iodku-split-rows
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 000 (RR), the multi-row INSERT ... ON DUPLICATE KEY UPDATE deadlock,
-- with T2's statement split at the row boundary so the interleaving is
-- deterministic: T2 updates the existing (u1, 20) row (X next-key on the
-- unique record); T1 runs the whole multi-row statement and waits for X on
-- (u1, 20); T2 then inserts (u1, 10) into the gap before (u1, 20): its insert
-- intention conflicts with T1's waiting X -> deadlock.
CREATE TABLE um_user_bookshelf (id BIGINT PRIMARY KEY AUTO_INCREMENT, user_id VARCHAR(32) NOT NULL, book_id BIGINT NOT NULL, chapter_id BIGINT NOT NULL DEFAULT 0, progress INT NOT NULL DEFAULT 0, UNIQUE KEY uk_user_book (user_id, book_id)) ENGINE=InnoDB;
INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 20, 1, 1), ('u1', 30, 1, 1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 20, 5, 50) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE um_user_bookshelf IX
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
T1: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 20, 5, 50), ('u1', 10, 5, 50), ('u1', 30, 5, 50) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: blocked -> timeout
-- @locks
--   T1 holds  TABLE um_user_bookshelf IX
--   T1 waits  RECORD um_user_bookshelf.PRIMARY X,INSERT_INTENTION supremum
--   T2 holds  TABLE um_user_bookshelf IX
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
T2: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 10, 5, 50), ('u1', 30, 5, 50) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: ok
-- @locks
--   T1 holds  TABLE um_user_bookshelf IX
--   T1 waits  RECORD um_user_bookshelf.PRIMARY X,INSERT_INTENTION supremum
--   T2 holds  TABLE um_user_bookshelf IX
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,GAP (7)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X,GAP ('u1', 10, 7)
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 30, 2)
-- released: T1 -> timeout (waited for before this step)
T1: COMMIT;                                        -- expect: ok
T2: COMMIT;                                        -- expect: ok
