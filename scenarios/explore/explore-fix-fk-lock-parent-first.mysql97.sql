-- @name: explore-fix-fk-lock-parent-first
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- Fix of seed003-4 (child insert takes S on the parent, a later UPDATE of the
-- parent needs X): lock the parent row FOR UPDATE first, in both
-- transactions. No interleaving deadlocks.
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, KEY idx_parent (parent_id), CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB;
INSERT INTO parent VALUES (1, 'p1'), (2, 'p2');
T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM parent WHERE id = 1 FOR UPDATE;  -- expect: ok
T2: SELECT * FROM parent WHERE id = 1 FOR UPDATE;  -- expect: blocked -> ok
T1: INSERT INTO child VALUES (10, 1);              -- expect: ok
T1: UPDATE parent SET name = 'p1x' WHERE id = 1;   -- expect: ok
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: INSERT INTO child VALUES (11, 1);              -- expect: ok
T2: UPDATE parent SET name = 'p1y' WHERE id = 1;   -- expect: ok
T2: COMMIT;                                        -- expect: ok
