-- @name: seed000b-iodku-same-statement-serial
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Seed 000 literal form: both sessions run the identical multi-row
-- INSERT ... ON DUPLICATE KEY UPDATE. Issued one after the other, the second
-- waits on the first row and is released by the first session's COMMIT
-- (the deadlock needs the two statements to interleave row by row).
CREATE TABLE um_user_bookshelf (id BIGINT PRIMARY KEY AUTO_INCREMENT, user_id VARCHAR(32) NOT NULL, book_id BIGINT NOT NULL, chapter_id BIGINT NOT NULL DEFAULT 0, progress INT NOT NULL DEFAULT 0, UNIQUE KEY uk_user_book (user_id, book_id)) ENGINE=InnoDB;
INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 20, 1, 1);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 10, 2, 20), ('u1', 20, 2, 20), ('u1', 30, 2, 20) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: ok
-- @locks
--   T1 holds  TABLE um_user_bookshelf IX
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X,GAP (3)
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T1 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
--   T2 holds  nothing
T2: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 10, 2, 20), ('u1', 20, 2, 20), ('u1', 30, 2, 20) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE um_user_bookshelf IX
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X,GAP (3)
--   T1 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T1 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
--   T2 holds  TABLE um_user_bookshelf IX
--   T2 waits  RECORD um_user_bookshelf.PRIMARY X,INSERT_INTENTION supremum
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE um_user_bookshelf IX
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (1)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (2)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,REC_NOT_GAP (3)
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf.PRIMARY X,INSERT_INTENTION supremum
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 10, 2)
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 20, 1)
--   T2 holds  RECORD um_user_bookshelf.uk_user_book X ('u1', 30, 3)
T2: COMMIT;                                        -- expect: ok
