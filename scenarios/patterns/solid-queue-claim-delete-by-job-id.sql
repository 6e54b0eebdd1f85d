-- @name: solid-queue-claim-delete-by-job-id
-- @verdict: deadlock possible
-- @source: rails/solid_queue app/models/solid_queue/ready_execution.rb before commit 408b84c
--   ("Delete ready_executions by PK instead of job_id when claiming", 2024-06-11):
--   select_candidates (ordered.limit(limit).non_blocking_lock.pluck(:job_id)), then
--   ClaimedExecution.claiming (insert_all!) and where(job_id: ...).delete_all; tables and indexes
--   from db/migrate/20231211200639_create_solid_queue_tables.rb at that commit.
-- A worker claims ready executions: a FOR UPDATE SKIP LOCKED read in poll order, which, when
-- fewer rows are ready than its limit, scans to the end of index_solid_queue_poll_all and locks
-- its supremum; it inserts the claimed executions and deletes the ready ones by job_id. Meanwhile
-- a dispatcher inserts two ready executions in one transaction: the first is skipped by the
-- claim (SKIP LOCKED), the second waits for the claim's supremum lock. The DELETE by job_id in
-- the reported deadlock scanned PRIMARY (it waits for `lock_mode X` on a PRIMARY record and held
-- 23 row locks), reaches the dispatcher's uncommitted row and waits for it: deadlock. Here the
-- DELETE says `job_id + 0` to get that plan: on a small table with fresh statistics the server
-- and innosim use the unique job_id index (and a single-table DELETE takes no index hint: 1064),
-- and then no schedule deadlocks.
CREATE TABLE solid_queue_ready_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, queue_name VARCHAR(255) NOT NULL, priority INT NOT NULL DEFAULT 0, UNIQUE KEY index_solid_queue_ready_executions_on_job_id (job_id), KEY index_solid_queue_poll_all (priority, job_id), KEY index_solid_queue_poll_by_queue (queue_name, priority, job_id)) ENGINE=InnoDB;
CREATE TABLE solid_queue_claimed_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, process_id BIGINT NULL, UNIQUE KEY index_solid_queue_claimed_executions_on_job_id (job_id), KEY index_solid_queue_claimed_executions_on_process_id_and_job_id (process_id, job_id)) ENGINE=InnoDB;
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (1, 'default', 0), (2, 'default', 0);

-- @program claim
BEGIN;
SELECT id, job_id FROM solid_queue_ready_executions ORDER BY priority ASC, job_id ASC LIMIT 5 FOR UPDATE SKIP LOCKED;
INSERT INTO solid_queue_claimed_executions (job_id, process_id) VALUES (1, 7), (2, 7);
DELETE FROM solid_queue_ready_executions WHERE job_id + 0 IN (1, 2);
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
