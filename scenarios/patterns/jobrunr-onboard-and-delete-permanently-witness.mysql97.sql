-- @name: jobrunr-onboard-and-delete-permanently-witness
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template jobrunr-onboard-and-delete-permanently.sql.
CREATE TABLE jobrunr_jobs (id CHAR(36) PRIMARY KEY, version INT NOT NULL, state VARCHAR(36) NOT NULL, updatedAt DATETIME(6) NOT NULL, scheduledAt DATETIME(6), KEY jobrunr_state_idx (state), KEY jobrunr_job_updated_at_idx (updatedAt), KEY jobrunr_job_scheduled_at_idx (scheduledAt), KEY jobrunr_jobs_state_updated_idx (state, updatedAt)) ENGINE=InnoDB;
INSERT INTO jobrunr_jobs VALUES ('a', 1, 'ENQUEUED', '2024-01-01 10:00:00', NULL), ('b', 1, 'ENQUEUED', '2024-01-01 10:01:00', NULL), ('s', 3, 'DELETED', '2024-01-01 09:00:00', NULL), ('t', 3, 'DELETED', '2024-01-01 10:02:00', NULL);

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM jobrunr_jobs WHERE state = 'ENQUEUED' ORDER BY updatedAt ASC LIMIT 5 FOR UPDATE SKIP LOCKED;  -- expect: ok
T2: DELETE FROM jobrunr_jobs WHERE state = 'DELETED' AND updatedAt <= '2024-01-01 09:30:00';  -- expect: blocked -> ok
T1: UPDATE jobrunr_jobs SET version = 2, state = 'PROCESSING', updatedAt = '2024-01-01 10:05:00' WHERE id = 'a' AND version = 1;  -- expect: deadlock
-- released: T2 -> ok
-- deadlock: victim T1
--   T1 waits  RECORD jobrunr_jobs.jobrunr_job_updated_at_idx X,REC_NOT_GAP (0x99b242a000000000, 'a                             ...'(36 bytes))
--     behind T2 holds  RECORD jobrunr_jobs.jobrunr_job_updated_at_idx X (0x99b242a000000000, 'a                             ...'(36 bytes))
--   T2 waits  RECORD jobrunr_jobs.PRIMARY X,REC_NOT_GAP ('a                             ...'(36 bytes))
--     behind T1 holds  RECORD jobrunr_jobs.PRIMARY X,REC_NOT_GAP ('a                             ...'(36 bytes))
