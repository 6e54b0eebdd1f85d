-- @name: rails-find-or-create-by-sorted
-- @verdict: no deadlock
-- @source: rails/rails activerecord/lib/active_record/relation.rb (commit c8c3afd6):
--   find_or_create_by(attributes) is find_by(attributes) || create(attributes); a model with a
--   unique index on the looked-up column (add_index :tags, :name, unique: true).
-- The fix: sort the names first (names.sort.map { ... }), so both transactions create in one
-- order. The second then waits at its first INSERT and gets error 1062 when the first commits
-- (ActiveRecord::RecordNotUnique: retry, or use create_or_find_by): a changed behaviour, not a
-- deadlock.
CREATE TABLE tags (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL, UNIQUE KEY index_tags_on_name (name)) ENGINE=InnoDB;
INSERT INTO tags (name) VALUES ('java');

-- @program tag
BEGIN;
SELECT * FROM tags WHERE name = :first LIMIT 1;
INSERT INTO tags (name) VALUES (:first);
SELECT * FROM tags WHERE name = :second LIMIT 1;
INSERT INTO tags (name) VALUES (:second);
COMMIT;
-- @end
-- @param T1.first: 'rails'
-- @param T1.second: 'ruby'
-- @param T2.first: 'rails'
-- @param T2.second: 'ruby'
-- @run T1, T2: tag
