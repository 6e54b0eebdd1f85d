-- @name: quartz-locks-rows-present
-- @verdict: no deadlock
-- @source: quartz-scheduler/quartz StdRowLockSemaphore.java (commit 083493db) SELECT_FOR_LOCK;
--   JobStoreSupport.acquireNextTriggers under LOCK_TRIGGER_ACCESS; StdJDBCConstants
--   UPDATE_TRIGGER_STATE_FROM_STATE; DDL reduced from tables_mysql_innodb.sql (commit bb2505aa).
-- The fix: the lock rows exist before any node starts (insert them with the schema), so the
-- semaphore is a plain row lock. Two nodes acquire triggers under TRIGGER_ACCESS: the second
-- waits on the lock row before it touches a trigger, so the trigger updates never interleave.
CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL, LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME)) ENGINE=InnoDB;
CREATE TABLE QRTZ_TRIGGERS (SCHED_NAME VARCHAR(120) NOT NULL, TRIGGER_NAME VARCHAR(190) NOT NULL, TRIGGER_GROUP VARCHAR(190) NOT NULL, NEXT_FIRE_TIME BIGINT NULL, TRIGGER_STATE VARCHAR(16) NOT NULL, PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP), KEY IDX_QRTZ_T_STATE (SCHED_NAME, TRIGGER_STATE), KEY IDX_QRTZ_T_NFT_ST (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME)) ENGINE=InnoDB;
INSERT INTO QRTZ_LOCKS VALUES ('QuartzScheduler', 'STATE_ACCESS'), ('QuartzScheduler', 'TRIGGER_ACCESS');
INSERT INTO QRTZ_TRIGGERS VALUES ('QuartzScheduler', 't1', 'DEFAULT', 1000, 'WAITING'), ('QuartzScheduler', 't2', 'DEFAULT', 1000, 'WAITING');

-- @program acquire
BEGIN;
SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'QuartzScheduler' AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE;
SELECT TRIGGER_NAME, TRIGGER_GROUP, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'QuartzScheduler' AND TRIGGER_STATE = 'WAITING' AND NEXT_FIRE_TIME <= 1030 ORDER BY NEXT_FIRE_TIME ASC;
UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ACQUIRED' WHERE SCHED_NAME = 'QuartzScheduler' AND TRIGGER_NAME = :trigger AND TRIGGER_GROUP = 'DEFAULT' AND TRIGGER_STATE = 'WAITING';
COMMIT;
-- @end
-- @param trigger: 't1', 't2'
-- @run T1, T2: acquire
