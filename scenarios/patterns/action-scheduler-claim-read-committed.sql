-- @name: action-scheduler-claim-read-committed
-- @verdict: no deadlock
-- @source: woocommerce/action-scheduler classes/data-stores/ActionScheduler_DBStore.php before
--   commit af14927 ("Fetch action in memory first before releasing claim to avoid deadlock",
--   3.5.4, 2022-12-08): claim_actions() (UPDATE ... WHERE claim_id = 0 AND scheduled_date_gmt <= %s
--   AND status=%s ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT %d) and
--   release_claim() ($wpdb->update(... claim_id => 0 ... WHERE claim_id = %d)); table from
--   classes/schema/ActionScheduler_StoreSchema.php (columns that matter, their indexes).
-- A fix that works: the claim runs under READ COMMITTED (SET SESSION TRANSACTION ISOLATION
-- LEVEL READ COMMITTED on the queue runner's connection). Its scan then takes no gap locks, so
-- the release's moved entries never wait for it, and the release (autocommitted, by claim_id as
-- before 3.5.4) never holds a lock while it waits.
-- @isolation T1: READ COMMITTED
CREATE TABLE wp_actionscheduler_actions (action_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, status VARCHAR(20) NOT NULL, scheduled_date_gmt DATETIME NULL, attempts INT NOT NULL DEFAULT 0, last_attempt_gmt DATETIME NULL, claim_id BIGINT UNSIGNED NOT NULL DEFAULT 0, PRIMARY KEY (action_id), KEY status_scheduled_date_gmt (status, scheduled_date_gmt), KEY claim_id_status_scheduled_date_gmt (claim_id, status, scheduled_date_gmt)) ENGINE=InnoDB;
INSERT INTO wp_actionscheduler_actions (status, scheduled_date_gmt, attempts, claim_id) VALUES ('pending', '2024-01-01 00:00:00', 0, 0), ('pending', '2024-01-01 00:01:00', 0, 5), ('pending', '2024-01-01 00:02:00', 0, 0);

-- @program claim
UPDATE wp_actionscheduler_actions SET claim_id = :claim, last_attempt_gmt = '2024-01-01 00:05:00' WHERE claim_id = 0 AND scheduled_date_gmt <= '2024-01-01 00:05:00' AND status = 'pending' ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT 1;
-- @end
-- @program release
UPDATE wp_actionscheduler_actions SET claim_id = 0 WHERE claim_id = 5;
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
