-- @name: laravel-pop-for-update-witness
-- @server: mariadb-10.11
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template laravel-pop-for-update.sql.
CREATE TABLE jobs (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, queue VARCHAR(255) NOT NULL, attempts TINYINT UNSIGNED NOT NULL, reserved_at INT UNSIGNED NULL, available_at INT UNSIGNED NOT NULL, KEY jobs_queue_index (queue)) ENGINE=InnoDB;
INSERT INTO jobs (queue, attempts, reserved_at, available_at) VALUES ('default', 1, 1000, 900), ('default', 0, NULL, 900), ('default', 0, NULL, 900);

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM jobs WHERE id = 1 LIMIT 1 FOR UPDATE;  -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT * FROM jobs WHERE queue = 'default' AND ((reserved_at IS NULL AND available_at <= 1000) OR (reserved_at <= 940)) ORDER BY id ASC LIMIT 1 FOR UPDATE;  -- expect: blocked -> deadlock
T1: DELETE FROM jobs WHERE id = 1;                 -- expect: ok
-- released: T2 -> deadlock
-- deadlock: victim T2
--   T1 waits  RECORD jobs.jobs_queue_index X,REC_NOT_GAP ('default', 1)
--     behind T2 holds  RECORD jobs.jobs_queue_index X ('default', 1)
--   T2 waits  RECORD jobs.PRIMARY X,REC_NOT_GAP (1) delete-marked
--     behind T1 holds  RECORD jobs.PRIMARY X,REC_NOT_GAP (1) delete-marked
T1: COMMIT;                                        -- expect: ok
