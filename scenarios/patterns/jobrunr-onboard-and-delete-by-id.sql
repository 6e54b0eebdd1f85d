-- @name: jobrunr-onboard-and-delete-by-id
-- @verdict: no deadlock
-- @source: jobrunr/jobrunr (commit 073e6ed3) core/src/main/java/org/jobrunr/storage/sql/common/JobTable.java:
--   selectJobsToProcess ("... where state = :state" + ORDER BY updatedAt ASC LIMIT + MySqlDialect's
--   " FOR UPDATE SKIP LOCKED"), UPDATE_STATEMENT (by id and previous version, state and updatedAt
--   changed), deleteJobsByStateAndUpdatedBefore (DeleteDeletedJobsPermanentlyTask); indexes from
--   core/src/main/resources/org/jobrunr/storage/sql/mysql/migrations (v001, v014; id NCHAR(36) written CHAR(36)).
-- The fix: read the ids of the jobs to delete with a plain SELECT, then delete them by primary
-- key (JobTable.deletePermanently(ids) does "delete from jobrunr_jobs where id in (...)"). The
-- DELETE then locks only its own rows and no entry past a range: no deadlock for any cut-off.
CREATE TABLE jobrunr_jobs (id CHAR(36) PRIMARY KEY, version INT NOT NULL, state VARCHAR(36) NOT NULL, updatedAt DATETIME(6) NOT NULL, scheduledAt DATETIME(6), KEY jobrunr_state_idx (state), KEY jobrunr_job_updated_at_idx (updatedAt), KEY jobrunr_job_scheduled_at_idx (scheduledAt), KEY jobrunr_jobs_state_updated_idx (state, updatedAt)) ENGINE=InnoDB;
INSERT INTO jobrunr_jobs VALUES ('a', 1, 'ENQUEUED', '2024-01-01 10:00:00', NULL), ('b', 1, 'ENQUEUED', '2024-01-01 10:01:00', NULL), ('s', 3, 'DELETED', '2024-01-01 09:00:00', NULL), ('t', 3, 'DELETED', '2024-01-01 10:02:00', NULL);

-- @program onboard
BEGIN;
SELECT * FROM jobrunr_jobs WHERE state = 'ENQUEUED' ORDER BY updatedAt ASC LIMIT 5 FOR UPDATE SKIP LOCKED;
UPDATE jobrunr_jobs SET version = 2, state = 'PROCESSING', updatedAt = '2024-01-01 10:05:00' WHERE id = 'a' AND version = 1;
UPDATE jobrunr_jobs SET version = 2, state = 'PROCESSING', updatedAt = '2024-01-01 10:05:00' WHERE id = 'b' AND version = 1;
COMMIT;
-- @end
-- @program delete_permanently
SELECT id FROM jobrunr_jobs WHERE state = 'DELETED' AND updatedAt <= '2024-01-01 09:30:00';
DELETE FROM jobrunr_jobs WHERE id IN ('s');
-- @end
-- @run T1: onboard
-- @run T2: delete_permanently
