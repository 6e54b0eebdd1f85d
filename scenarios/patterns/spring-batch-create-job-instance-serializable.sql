-- @name: spring-batch-create-job-instance-serializable
-- @verdict: deadlock possible
-- @isolation: SERIALIZABLE
-- @source: spring-projects/spring-batch spring-batch-core/.../repository/dao/JdbcJobInstanceDao.java
--   (commit 00ef86bf): FIND_JOBS_WITH_KEY, then CREATE_JOB_INSTANCE; the job repository runs
--   createJobExecution with isolationLevelForCreate = ISOLATION_SERIALIZABLE (the default);
--   DDL from spring-batch-core/src/main/resources/org/springframework/batch/core/schema-mysql.sql (commit 025828fa).
-- Two launches of the same job with the same parameters at once: each looks for the job
-- instance, finds none and inserts it. Under SERIALIZABLE InnoDB turns the plain SELECT into a
-- shared locking read, so each launch holds a shared gap lock on the missing key, and each INSERT
-- waits for the other's: deadlock ("Deadlock found when trying to get lock" from
-- JobRepository.createJobExecution, the reason Spring Batch documents isolationLevelForCreate).
CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT, JOB_NAME VARCHAR(100) NOT NULL, JOB_KEY VARCHAR(32) NOT NULL, UNIQUE KEY JOB_INST_UN (JOB_NAME, JOB_KEY)) ENGINE=InnoDB;
INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'importJob', 'a1'), (2, 0, 'importJob', 'c3');

-- @program create_job_instance
BEGIN;
SELECT JOB_INSTANCE_ID, JOB_NAME FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'importJob' AND JOB_KEY = :job_key;
INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, JOB_NAME, JOB_KEY, VERSION) VALUES (:id, 'importJob', :job_key, 0);
COMMIT;
-- @end
-- @param job_key: 'b2'
-- @param T1.id: 10
-- @param T2.id: 11
-- @run T1, T2: create_job_instance
