-- @name: spring-batch-create-job-instance-read-committed-schedule
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: READ COMMITTED
-- The deadlocking schedule of spring-batch-create-job-instance-serializable-witness, with the fix (READ COMMITTED).
CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT, JOB_NAME VARCHAR(100) NOT NULL, JOB_KEY VARCHAR(32) NOT NULL, UNIQUE KEY JOB_INST_UN (JOB_NAME, JOB_KEY)) ENGINE=InnoDB;
INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'importJob', 'a1'), (2, 0, 'importJob', 'c3');

T1: BEGIN;                                         -- expect: ok
T1: SELECT JOB_INSTANCE_ID, JOB_NAME FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'importJob' AND JOB_KEY = 'b2';  -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT JOB_INSTANCE_ID, JOB_NAME FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'importJob' AND JOB_KEY = 'b2';  -- expect: ok
T1: INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, JOB_NAME, JOB_KEY, VERSION) VALUES (10, 'importJob', 'b2', 0);  -- expect: ok
T2: INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, JOB_NAME, JOB_KEY, VERSION) VALUES (11, 'importJob', 'b2', 0);  -- expect: blocked -> error 1062
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> error 1062
