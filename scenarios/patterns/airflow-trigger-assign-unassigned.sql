-- @name: airflow-trigger-assign-unassigned
-- @verdict: no deadlock
-- @source: apache/airflow airflow/models/trigger.py (commit 00bda050, Airflow 2.2):
--   Trigger.assign_unassigned: session.query(cls.id).filter(or_(triggerer_id IS NULL,
--   triggerer_id NOT IN alive)).limit(capacity), then UPDATE trigger SET triggerer_id = ? WHERE
--   id IN (...), one transaction; the trigger table reduced to its key and triggerer_id.
-- Two triggerers assign unassigned triggers: each reads the ids without a lock, then updates
-- them by primary key. Both read the same ids, so the second UPDATE waits for the first and then
-- overwrites its assignment (both triggerers run the trigger): a lost update, not a deadlock.
-- Later Airflow versions read the ids with with_row_locks(..., skip_locked=True) (FOR UPDATE
-- SKIP LOCKED) so that each triggerer takes other rows.
CREATE TABLE `trigger` (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, classpath VARCHAR(1000) NOT NULL, triggerer_id INT NULL) ENGINE=InnoDB;
INSERT INTO `trigger` (classpath, triggerer_id) VALUES ('airflow.triggers.temporal.DateTimeTrigger', NULL), ('airflow.triggers.temporal.DateTimeTrigger', NULL), ('airflow.triggers.temporal.DateTimeTrigger', 9);

-- @program assign_unassigned
BEGIN;
SELECT id FROM `trigger` WHERE triggerer_id IS NULL OR triggerer_id NOT IN (1, 2) LIMIT 2;
UPDATE `trigger` SET triggerer_id = :me WHERE id IN (1, 2);
COMMIT;
-- @end
-- @param T1.me: 1
-- @param T2.me: 2
-- @run T1, T2: assign_unassigned
