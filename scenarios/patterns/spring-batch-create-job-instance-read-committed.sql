-- @name: spring-batch-create-job-instance-read-committed
-- @verdict: no deadlock
-- @isolation: READ COMMITTED
-- @source: spring-projects/spring-batch spring-batch-core/.../repository/dao/JdbcJobInstanceDao.java
--   (commit 00ef86bf): FIND_JOBS_WITH_KEY, then CREATE_JOB_INSTANCE; the job repository runs
--   createJobExecution with isolationLevelForCreate = ISOLATION_SERIALIZABLE (the default);
--   DDL from spring-batch-core/src/main/resources/org/springframework/batch/core/schema-mysql.sql (commit 025828fa).
-- The fix Spring Batch documents: isolationLevelForCreate = ISOLATION_READ_COMMITTED (or
-- REPEATABLE_READ). The SELECT is a consistent read that locks nothing; the second INSERT of
-- the same key waits for the first and gets error 1062 (a JobExecutionAlreadyRunning /
-- JobInstanceAlreadyComplete-style failure for the duplicate launch), never a deadlock.
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
