-- @name: jobrunr-onboard-and-delete-permanently
-- @verdict: deadlock possible
-- @source: jobrunr/jobrunr (commit 073e6ed3) core/src/main/java/org/jobrunr/storage/sql/common/JobTable.java:
--   selectJobsToProcess ("... where state = :state" + ORDER BY updatedAt ASC LIMIT + MySqlDialect's
--   " FOR UPDATE SKIP LOCKED"), UPDATE_STATEMENT (by id and previous version, state and updatedAt
--   changed), deleteJobsByStateAndUpdatedBefore (DeleteDeletedJobsPermanentlyTask); indexes from
--   core/src/main/resources/org/jobrunr/storage/sql/mysql/migrations (v001, v014; id NCHAR(36) written CHAR(36)).
-- A background job server onboards enqueued jobs (a locking read that skips locked rows, in
-- updatedAt order, then an optimistic update per job that moves it to PROCESSING), while the
-- zookeeper deletes jobs in state DELETED older than a cut-off. The DELETE's range on updatedAt
-- (the plan with the fewest rows here) locks the first entry past its range and, since a DELETE
-- does not push the condition down, that entry's row too, which the onboarding holds; the
-- onboarding's UPDATE then needs the index entry the DELETE locked: deadlock.
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
DELETE FROM jobrunr_jobs WHERE state = 'DELETED' AND updatedAt <= :updated_before;
-- @end
-- @param updated_before: '2024-01-01 08:00:00', '2024-01-01 09:30:00', '2024-01-01 10:03:00'
-- @run T1: onboard
-- @run T2: delete_permanently
