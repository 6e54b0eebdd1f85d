-- @name: solid-queue-delete-index-hint
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- A single-table DELETE takes no index hint: the first try at forcing the plan of Solid Queue's
-- reported DELETE (a scan of PRIMARY) with IGNORE INDEX is a syntax error on both servers, and
-- the transaction goes on (the claim then commits).
CREATE TABLE solid_queue_ready_executions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, job_id BIGINT NOT NULL, queue_name VARCHAR(255) NOT NULL, priority INT NOT NULL DEFAULT 0, UNIQUE KEY index_solid_queue_ready_executions_on_job_id (job_id), KEY index_solid_queue_poll_all (priority, job_id)) ENGINE=InnoDB;
INSERT INTO solid_queue_ready_executions (job_id, queue_name, priority) VALUES (1, 'default', 0), (2, 'default', 0);
T1: BEGIN;                                         -- expect: ok
T1: SELECT id, job_id FROM solid_queue_ready_executions ORDER BY priority ASC, job_id ASC LIMIT 5 FOR UPDATE SKIP LOCKED;  -- expect: ok
T1: DELETE FROM solid_queue_ready_executions IGNORE INDEX (index_solid_queue_ready_executions_on_job_id) WHERE job_id IN (1, 2);  -- expect: error 1064
-- @locks
--   T1 holds  TABLE solid_queue_ready_executions IX
--   T1 holds  RECORD solid_queue_ready_executions.PRIMARY X,REC_NOT_GAP (1)
--   T1 holds  RECORD solid_queue_ready_executions.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD solid_queue_ready_executions.index_solid_queue_poll_all X (0, 1, 1)
--   T1 holds  RECORD solid_queue_ready_executions.index_solid_queue_poll_all X (0, 2, 2)
--   T1 holds  RECORD solid_queue_ready_executions.index_solid_queue_poll_all X supremum
T1: DELETE FROM solid_queue_ready_executions WHERE id IN (1, 2);  -- expect: ok
T1: COMMIT;                                        -- expect: ok
