-- @name: db-scheduler-lock-and-fetch
-- @verdict: no deadlock
-- @source: kagkarlsson/db-scheduler (commit d17d7706): JdbcTaskRepository.lockAndGetDue (the
--   select-for-update polling strategy, MySQL 8 / MariaDB): Queries.selectForUpdate with
--   MySQL8JdbcCustomization's " FOR UPDATE SKIP LOCKED ", then the batch
--   "update ... set picked = ?, picked_by = ?, last_heartbeat = ?, version = version + 1 where
--   task_name = ? and task_instance = ?"; completion: reschedule (UPDATE ... WHERE task_name = ?
--   AND task_instance = ? AND version = ?, execution_time changed) and remove (DELETE by the same
--   key); table from db-scheduler/src/test/resources/mysql_tables.sql.
-- A scheduler polls due executions with a locking read that skips locked rows, in
-- execution_time order, and marks them picked by primary key; executions that finished are
-- rescheduled to a new execution_time (before, between and after the existing times: innosim's
-- value classes for DATETIME columns list only the existing values, so the domain is given) or removed, each in its own autocommitted statement. The completions may
-- wait for the poll's range locks on execution_time_idx, but the poll never waits (SKIP LOCKED)
-- and its updates touch only rows it holds: no deadlock for any new execution_time.
CREATE TABLE scheduled_tasks (task_name VARCHAR(100) NOT NULL, task_instance VARCHAR(100) NOT NULL, execution_time DATETIME(6) NOT NULL, picked BOOLEAN NOT NULL, picked_by VARCHAR(50), last_heartbeat DATETIME(6) NULL, version BIGINT NOT NULL, PRIMARY KEY (task_name, task_instance), INDEX execution_time_idx (execution_time), INDEX last_heartbeat_idx (last_heartbeat)) ENGINE=InnoDB;
INSERT INTO scheduled_tasks VALUES ('report', 'a', '2024-01-01 10:00:00', FALSE, NULL, NULL, 1), ('report', 'b', '2024-01-01 10:01:00', FALSE, NULL, NULL, 1), ('report', 'c', '2024-01-01 09:59:00', TRUE, 'node-1', '2024-01-01 10:00:00', 2), ('report', 'd', '2024-01-01 09:58:00', TRUE, 'node-1', '2024-01-01 10:00:00', 2);

-- @program lock_and_fetch
BEGIN;
SELECT * FROM scheduled_tasks WHERE picked = FALSE AND execution_time <= '2024-01-01 10:05:00' ORDER BY execution_time ASC LIMIT 5 FOR UPDATE SKIP LOCKED;
UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'node-2', last_heartbeat = '2024-01-01 10:05:00', version = version + 1 WHERE task_name = 'report' AND task_instance = 'a';
UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'node-2', last_heartbeat = '2024-01-01 10:05:00', version = version + 1 WHERE task_name = 'report' AND task_instance = 'b';
COMMIT;
-- @end
-- @program reschedule
UPDATE scheduled_tasks SET picked = FALSE, picked_by = NULL, last_heartbeat = NULL, execution_time = :next, version = 1 WHERE task_name = 'report' AND task_instance = 'c' AND version = 2;
-- @end
-- @program remove
DELETE FROM scheduled_tasks WHERE task_name = 'report' AND task_instance = 'd' AND version = 2;
-- @end
-- @param next: '2024-01-01 09:57:00', '2024-01-01 09:58:30', '2024-01-01 10:00:30', '2024-01-01 10:03:00', '2024-01-01 10:10:00'
-- @run T1: lock_and_fetch
-- @run T2: reschedule
-- @run T3: remove
