-- @name: rails-find-or-create-by-unsorted-witness
-- @server: mariadb-10.11
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template rails-find-or-create-by-unsorted.sql.
CREATE TABLE tags (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL, UNIQUE KEY index_tags_on_name (name)) ENGINE=InnoDB;
INSERT INTO tags (name) VALUES ('java');

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM tags WHERE name = 'rails' LIMIT 1;  -- expect: ok
T1: INSERT INTO tags (name) VALUES ('rails');      -- expect: ok
T1: SELECT * FROM tags WHERE name = 'ruby' LIMIT 1;  -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT * FROM tags WHERE name = 'ruby' LIMIT 1;  -- expect: ok
T2: INSERT INTO tags (name) VALUES ('ruby');       -- expect: ok
T1: INSERT INTO tags (name) VALUES ('ruby');       -- expect: blocked -> ok
T2: SELECT * FROM tags WHERE name = 'rails' LIMIT 1;  -- expect: ok
T2: INSERT INTO tags (name) VALUES ('rails');      -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD tags.index_tags_on_name S ('ruby', 3)
--     behind T2 holds  RECORD tags.index_tags_on_name X,REC_NOT_GAP ('ruby', 3)
--   T2 waits  RECORD tags.index_tags_on_name S ('rails', 2)
--     behind T1 holds  RECORD tags.index_tags_on_name X,REC_NOT_GAP ('rails', 2)
T1: COMMIT;                                        -- expect: ok
