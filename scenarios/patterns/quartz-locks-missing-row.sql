-- @name: quartz-locks-missing-row
-- @verdict: deadlock possible
-- @source: quartz-scheduler/quartz quartz/src/main/java/org/quartz/impl/jdbcjobstore/StdRowLockSemaphore.java
--   (commit 083493db): SELECT_FOR_LOCK, then INSERT_LOCK when the row is missing;
--   DDL from quartz/src/main/resources/org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql (commit bb2505aa).
-- Quartz serialises cluster nodes on a row of QRTZ_LOCKS: SELECT ... FOR UPDATE, and if the row
-- is not there yet (a fresh schema: the DDL inserts no rows) INSERT it. Two nodes starting on an
-- empty table both lock the gap where the row would be (a missing key takes a gap lock under
-- REPEATABLE READ, and gap locks never conflict), then each INSERT waits for the other's gap
-- lock: deadlock, whether the two nodes want the same lock or different ones (the lock name has
-- no domain: explore tries its value classes, equal and different names). Quartz retries after
-- a rollback, which is why it shows up only in logs.
CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL, LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME)) ENGINE=InnoDB;

-- @program obtain_lock
BEGIN;
SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'QuartzScheduler' AND LOCK_NAME = :lock FOR UPDATE;
INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('QuartzScheduler', :lock);
COMMIT;
-- @end
-- @run T1, T2: obtain_lock
