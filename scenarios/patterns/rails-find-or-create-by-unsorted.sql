-- @name: rails-find-or-create-by-unsorted
-- @verdict: deadlock possible
-- @source: rails/rails activerecord/lib/active_record/relation.rb (commit c8c3afd6):
--   find_or_create_by(attributes) is find_by(attributes) || create(attributes); a model with a
--   unique index on the looked-up column (add_index :tags, :name, unique: true).
-- Two requests each tag a record inside one transaction: tags.map { |n| Tag.find_or_create_by(name: n) }
-- with the names in the order the user typed them. Each find_by is a consistent read (no lock),
-- each create an INSERT whose duplicate check waits for the other transaction's uncommitted row
-- of the same name. Opposite orders: each INSERT waits for the other: deadlock.
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
-- @param T2.first: 'ruby'
-- @param T2.second: 'rails'
-- @run T1, T2: tag
