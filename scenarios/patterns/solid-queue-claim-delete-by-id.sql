-- @name: solid-queue-claim-delete-by-id
-- @verdict: no deadlock
-- @source: rails/solid_queue app/models/solid_queue/ready_execution.rb at commit 408b84c
--   ("Delete ready_executions by PK instead of job_id when claiming", 2024-06-11) and since:
--   select_candidates selects (:id, :job_id), lock_candidates deletes where(id: ids_to_delete).
-- The fix Solid Queue shipped: read the ids with the claim's locking read, then delete by
-- primary key. Each delete is a unique search on PRIMARY that locks only the claimed rows, which
-- the claim already holds, so it never waits for the dispatcher's new rows, whatever plan the
-- job_id index would get. The dispatcher may still wait for the claim's supremum lock; the
-- claim then commits and releases it.
CREATE TABLE solid_queue_ready_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, queue_name VARCHAR(255) NOT NULL, priority INT NOT NULL DEFAULT 0, UNIQUE KEY index_solid_queue_ready_executions_on_job_id (job_id), KEY index_solid_queue_poll_all (priority, job_id), KEY index_solid_queue_poll_by_queue (queue_name, priority, job_id)) ENGINE=InnoDB;
CREATE TABLE solid_queue_claimed_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, process_id BIGINT NULL, UNIQUE KEY index_solid_queue_claimed_executions_on_job_id (job_id), KEY index_solid_queue_claimed_executions_on_process_id_and_job_id (process_id, job_id)) ENGINE=InnoDB;
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (1, 'default', 0), (2, 'default', 0);

-- @program claim
BEGIN;
SELECT id, job_id FROM solid_queue_ready_executions ORDER BY priority ASC, job_id ASC LIMIT 5 FOR UPDATE SKIP LOCKED;
INSERT INTO solid_queue_claimed_executions (job_id, process_id) VALUES (1, 7), (2, 7);
DELETE FROM solid_queue_ready_executions WHERE id IN (1, 2);
COMMIT;
-- @end
-- @program dispatch
BEGIN;
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (3, 'default', 0);
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (4, 'default', 0);
COMMIT;
-- @end
-- @run T1: claim
-- @run T2: dispatch
