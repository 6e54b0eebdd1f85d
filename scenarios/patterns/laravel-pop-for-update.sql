-- @name: laravel-pop-for-update
-- @verdict: deadlock possible
-- @source: laravel/framework src/Illuminate/Queue/DatabaseQueue.php (commit 03420c78),
--   getNextAvailableJob() with getLockForPopping() = true (FOR UPDATE: MySQL < 8.0.1, MariaDB < 10.6),
--   markJobAsReserved(), deleteReserved(); table from the queue:table migration (id, queue indexed).
-- A worker pops the oldest available job of its queue with a locking read over the queue index,
-- then marks it reserved; another worker that has run the job deletes it (deleteReserved: lock
-- the row by id, then DELETE). The pop locks the queue index entry first and then waits for the
-- row the deleter holds; the deleter's DELETE needs that queue index entry: deadlock.
-- Job 1 is reserved (by the worker that deletes it), jobs 2 and 3 are available: whatever the
-- schedule, the pop returns job 2 (job 1 is reserved or gone), so its UPDATE names job 2.
CREATE TABLE jobs (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, queue VARCHAR(255) NOT NULL, attempts TINYINT UNSIGNED NOT NULL, reserved_at INT UNSIGNED NULL, available_at INT UNSIGNED NOT NULL, KEY jobs_queue_index (queue)) ENGINE=InnoDB;
INSERT INTO jobs (queue, attempts, reserved_at, available_at) VALUES ('default', 1, 1000, 900), ('default', 0, NULL, 900), ('default', 0, NULL, 900);

-- @program pop
BEGIN;
SELECT * FROM jobs WHERE queue = 'default' AND ((reserved_at IS NULL AND available_at <= 1000) OR (reserved_at <= 940)) ORDER BY id ASC LIMIT 1 FOR UPDATE;
UPDATE jobs SET reserved_at = 1000, attempts = attempts + 1 WHERE id = 2;
COMMIT;
-- @end
-- @program delete_reserved
BEGIN;
SELECT * FROM jobs WHERE id = 1 LIMIT 1 FOR UPDATE;
DELETE FROM jobs WHERE id = 1;
COMMIT;
-- @end
-- @run T1: delete_reserved
-- @run T2: pop
