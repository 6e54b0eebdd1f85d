-- @name: action-scheduler-release-claim-by-action-id
-- @verdict: deadlock possible
-- @source: woocommerce/action-scheduler classes/data-stores/ActionScheduler_DBStore.php since
--   commit af14927 (3.5.4, 2022-12-08; unchanged at 9c12a73, 2024-10-24): release_claim() first
--   reads the claim's action ids with a plain SELECT, then runs UPDATE ... SET claim_id = 0
--   WHERE action_id IN (...); claim_actions() unchanged.
-- The fix Action Scheduler shipped: "our lock is acquired on the action_id index instead of the
-- claim_id index". The release no longer scans the claim index; it locks the rows by primary
-- key and moves their claim index entries in the update itself.
CREATE TABLE wp_actionscheduler_actions (action_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, status VARCHAR(20) NOT NULL, scheduled_date_gmt DATETIME NULL, attempts INT NOT NULL DEFAULT 0, last_attempt_gmt DATETIME NULL, claim_id BIGINT UNSIGNED NOT NULL DEFAULT 0, PRIMARY KEY (action_id), KEY status_scheduled_date_gmt (status, scheduled_date_gmt), KEY claim_id_status_scheduled_date_gmt (claim_id, status, scheduled_date_gmt)) ENGINE=InnoDB;
INSERT INTO wp_actionscheduler_actions (status, scheduled_date_gmt, attempts, claim_id) VALUES ('pending', '2024-01-01 00:00:00', 0, 0), ('pending', '2024-01-01 00:01:00', 0, 5), ('pending', '2024-01-01 00:02:00', 0, 0);

-- @program claim
UPDATE wp_actionscheduler_actions SET claim_id = :claim, last_attempt_gmt = '2024-01-01 00:05:00' WHERE claim_id = 0 AND scheduled_date_gmt <= '2024-01-01 00:05:00' AND status = 'pending' ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT 1;
-- @end
-- @program release
SELECT action_id FROM wp_actionscheduler_actions WHERE claim_id = 5;
UPDATE wp_actionscheduler_actions SET claim_id = 0 WHERE action_id IN (2);
-- @end
-- @program run_action
BEGIN;
UPDATE wp_actionscheduler_actions SET attempts = attempts + 1, status = 'in-progress' WHERE action_id = :action;
COMMIT;
-- @end
-- @param T1.claim: 6
-- @param T3.action: 1, 3
-- @run T1: claim
-- @run T2: release
-- @run T3: run_action
