-- @name: explore-fix-iodku-one-statement-sorted
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed000 (multi-row INSERT ... ON DUPLICATE KEY UPDATE interleaved
-- row by row): each transaction upserts its rows in one statement with the
-- rows sorted by the unique key, so the second statement queues behind the
-- first on the first row. No interleaving deadlocks.
CREATE TABLE um_user_bookshelf (id BIGINT PRIMARY KEY AUTO_INCREMENT, user_id VARCHAR(32) NOT NULL, book_id BIGINT NOT NULL, chapter_id BIGINT NOT NULL DEFAULT 0, progress INT NOT NULL DEFAULT 0, UNIQUE KEY uk_user_book (user_id, book_id)) ENGINE=InnoDB;
INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 20, 1, 1), ('u1', 30, 1, 1);
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 10, 5, 50), ('u1', 20, 5, 50), ('u1', 30, 5, 50) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: ok
T2: INSERT INTO um_user_bookshelf (user_id, book_id, chapter_id, progress) VALUES ('u1', 10, 6, 60), ('u1', 20, 6, 60), ('u1', 30, 6, 60) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress);  -- expect: blocked -> ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
