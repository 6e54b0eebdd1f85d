-- @name: bookshelf-iodku-unique-index
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: scenarios/seeds/logs/bookshelf-iodku-unique-index.txt (MySQL 5.7.17, RR)
-- Reproduces the logged deadlock between two identical multi-row
-- INSERT ... ON DUPLICATE KEY UPDATE statements on the unique index
-- um_shelf_index_user_id_book_id (user_id, book_id). The table shape, ids
-- and values are the log's: user 302107202231477720 already has books 622312
-- (id 624745440962285572, record heap 150 in the log) and 631104
-- (id 624745440962285578, heap 154); book 621438 sorts before 622312 and is new.
-- Mapping: log (1) = T1 (the victim, waits lock_mode X = next-key on
-- (user, 622312)), log (2) = T2 (holds X on (user, 622312) and (user, 631104),
-- waits "lock_mode X locks gap before rec insert intention waiting" on
-- (user, 622312) to insert (user, 621438)).
-- Split: on MySQL 5.7 the two statements ran concurrently and interleaved
-- row by row. The oracle runs one statement at a time, so T2's statement is
-- split at the row boundary after its second row (as seed000 does):
-- Differences from the log: T2's statement is two statements here; MariaDB
-- prints only granted conflicting locks, so T2's edge (to T1's waiting X)
-- has no "behind" line.
CREATE TABLE um_user_bookshelf_32 (id BIGINT NOT NULL, app_id VARCHAR(16) NOT NULL, channel_id VARCHAR(16) NOT NULL, version_id INT NOT NULL, user_id VARCHAR(32) NOT NULL, book_id BIGINT NOT NULL, chapter_id INT NOT NULL DEFAULT 0, progress VARCHAR(16) NOT NULL DEFAULT '0', listened TINYINT NOT NULL DEFAULT 0, from_user_id VARCHAR(32) NULL, create_time DATETIME NOT NULL, update_time DATETIME NOT NULL, sync_time DATETIME NOT NULL, PRIMARY KEY (id), UNIQUE KEY um_shelf_index_user_id_book_id (user_id, book_id)) ENGINE=InnoDB;
INSERT INTO um_user_bookshelf_32 (app_id, channel_id, version_id, user_id, book_id, chapter_id, progress, listened, from_user_id, create_time, update_time, sync_time, id) VALUES ('43','201002',395,'302107202231477720',622312,1,'0',1,NULL,'2021-10-23 23:18:22','2021-10-23 23:18:22','1970-01-01 00:00:00',624745440962285572), ('43','201002',395,'302107202231477720',631104,2,'0',1,NULL,'2021-10-23 23:20:01','2022-03-30 21:02:11','1970-01-01 00:00:00',624745440962285578), ('43','201002',395,'302107202231477721',622312,5,'0',1,NULL,'2021-11-02 10:00:00','2021-11-02 10:00:00','1970-01-01 00:00:00',624745440962285590);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: INSERT INTO um_user_bookshelf_32 (app_id, channel_id, version_id, user_id, book_id, chapter_id, progress, listened, from_user_id, create_time, update_time, sync_time, id) VALUES ('43','201002',395,'302107202231477720',622312,2,'0',1,NULL,NOW(),'2021-10-23 23:18:22','1970-01-01 00:00:00',716413229304774656), ('43','201002',395,'302107202231477720',631104,4,'0',1,NULL,NOW(),'2022-03-31 22:10:20','1970-01-01 00:00:00',716413229304774657) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress), listened = VALUES(listened), update_time = VALUES(update_time);  -- expect: ok
-- @locks
--   T1 holds  nothing
--   T2 holds  TABLE um_user_bookshelf_32 IX
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285578)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 622312, 624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 631104, 624745440962285578)
T1: INSERT INTO um_user_bookshelf_32 (app_id, channel_id, version_id, user_id, book_id, chapter_id, progress, listened, from_user_id, create_time, update_time, sync_time, id) VALUES ('43','201002',395,'302107202231477720',622312,2,'0',1,NULL,NOW(),'2021-10-23 23:18:22','1970-01-01 00:00:00',716413229296390144), ('43','201002',395,'302107202231477720',631104,3,'195',1,NULL,NOW(),'2022-03-31 22:10:18','1970-01-01 00:00:00',716413229296390145), ('43','201002',395,'302107202231477720',621438,0,'0',1,NULL,NOW(),'2021-10-23 23:22:19','1970-01-01 00:00:00',716413229296390146), ('43','201002',395,'302107202231477720',675781,0,'0',1,NULL,NOW(),'2021-10-23 23:22:39','1970-01-01 00:00:00',716413229296390147), ('43','201002',395,'302107202231477720',678183,0,'0',1,NULL,NOW(),'2021-10-23 23:23:06','1970-01-01 00:00:00',716413229296390148) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress), listened = VALUES(listened), update_time = VALUES(update_time);  -- expect: blocked -> timeout
-- @locks
--   T1 holds  TABLE um_user_bookshelf_32 IX
--   T1 waits  RECORD um_user_bookshelf_32.PRIMARY X,INSERT_INTENTION supremum
--   T2 holds  TABLE um_user_bookshelf_32 IX
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285578)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 622312, 624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 631104, 624745440962285578)
T2: INSERT INTO um_user_bookshelf_32 (app_id, channel_id, version_id, user_id, book_id, chapter_id, progress, listened, from_user_id, create_time, update_time, sync_time, id) VALUES ('43','201002',395,'302107202231477720',621438,0,'0',1,NULL,NOW(),'2021-10-23 23:22:19','1970-01-01 00:00:00',716413229304774658), ('43','201002',395,'302107202231477720',675781,0,'0',1,NULL,NOW(),'2021-10-23 23:22:39','1970-01-01 00:00:00',716413229304774659), ('43','201002',395,'302107202231477720',678183,0,'0',1,NULL,NOW(),'2021-10-23 23:23:06','1970-01-01 00:00:00',716413229304774660) ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = VALUES(progress), listened = VALUES(listened), update_time = VALUES(update_time);  -- expect: ok
-- @locks
--   T1 holds  TABLE um_user_bookshelf_32 IX
--   T1 waits  RECORD um_user_bookshelf_32.PRIMARY X,INSERT_INTENTION supremum
--   T2 holds  TABLE um_user_bookshelf_32 IX
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,REC_NOT_GAP (624745440962285578)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,GAP (716413229304774658)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,GAP (716413229304774659)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X,GAP (716413229304774660)
--   T2 holds  RECORD um_user_bookshelf_32.PRIMARY X supremum
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X,GAP ('302107202231477720', 621438, 716413229304774658)
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 622312, 624745440962285572)
--   T2 holds  RECORD um_user_bookshelf_32.um_shelf_index_user_id_book_id X ('302107202231477720', 631104, 624745440962285578)
-- released: T1 -> timeout (waited for before this step)
T1: ROLLBACK;                                      -- expect: ok
T2: COMMIT;                                        -- expect: ok
