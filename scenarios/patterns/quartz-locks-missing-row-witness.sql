-- @name: quartz-locks-missing-row-witness
-- @server: mariadb-10.11
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template quartz-locks-missing-row.sql.
CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL, LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME)) ENGINE=InnoDB;

T1: BEGIN;                                         -- expect: ok
T1: SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'QuartzScheduler' AND LOCK_NAME = 'STATE_ACCESS' FOR UPDATE;  -- expect: ok
T2: BEGIN;                                         -- expect: ok
T2: SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'QuartzScheduler' AND LOCK_NAME = 'STATE_ACCESS' FOR UPDATE;  -- expect: ok
T1: INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('QuartzScheduler', 'STATE_ACCESS');  -- expect: blocked -> ok
T2: INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('QuartzScheduler', 'STATE_ACCESS');  -- expect: deadlock
-- released: T1 -> ok
-- deadlock: victim T2
--   T1 waits  RECORD QRTZ_LOCKS.PRIMARY X,INSERT_INTENTION supremum
--     behind T2 holds  RECORD QRTZ_LOCKS.PRIMARY X supremum
--   T2 waits  RECORD QRTZ_LOCKS.PRIMARY X,INSERT_INTENTION supremum
--     behind T1 holds  RECORD QRTZ_LOCKS.PRIMARY X supremum
T1: COMMIT;                                        -- expect: ok
