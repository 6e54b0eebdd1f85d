-- @name: solid-queue-claim-delete-by-job-id-witness
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template solid-queue-claim-delete-by-job-id.sql.
CREATE TABLE solid_queue_ready_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, queue_name VARCHAR(255) NOT NULL, priority INT NOT NULL DEFAULT 0, UNIQUE KEY index_solid_queue_ready_executions_on_job_id (job_id), KEY index_solid_queue_poll_all (priority, job_id), KEY index_solid_queue_poll_by_queue (queue_name, priority, job_id)) ENGINE=InnoDB;
CREATE TABLE solid_queue_claimed_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, process_id BIGINT NULL, UNIQUE KEY index_solid_queue_claimed_executions_on_job_id (job_id), KEY index_solid_queue_claimed_executions_on_process_id_and_job_id (process_id, job_id)) ENGINE=InnoDB;
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (1, 'default', 0), (2, 'default', 0);

T1: BEGIN;                                         -- expect: ok
T1: SELECT id, job_id FROM solid_queue_ready_executions ORDER BY priority ASC, job_id ASC LIMIT 5 FOR UPDATE SKIP LOCKED;  -- expect: ok
T1: INSERT INTO solid_queue_claimed_executions (job_id, process_id) VALUES (1, 7), (2, 7);  -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (3, 'default', 0);  -- expect: blocked -> deadlock
T1: DELETE FROM solid_queue_ready_executions WHERE job_id + 0 IN (1, 2);  -- expect: ok
-- released: T2 -> deadlock
-- deadlock: victim T2
--   T1 waits  RECORD solid_queue_ready_executions.PRIMARY X (3)
--     behind T2 holds  RECORD solid_queue_ready_executions.PRIMARY X,REC_NOT_GAP (3)
--   T2 waits  RECORD solid_queue_ready_executions.index_solid_queue_poll_all X,INSERT_INTENTION supremum
--     behind T1 holds  RECORD solid_queue_ready_executions.index_solid_queue_poll_all X supremum
T1: COMMIT;                                        -- expect: ok
