-- @name: action-scheduler-release-claim-by-claim-id
-- @verdict: deadlock possible
-- @source: woocommerce/action-scheduler classes/data-stores/ActionScheduler_DBStore.php before
--   commit af14927 ("Fetch action in memory first before releasing claim to avoid deadlock",
--   3.5.4, 2022-12-08): claim_actions() (UPDATE ... WHERE claim_id = 0 AND scheduled_date_gmt <= %s
--   AND status=%s ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT %d) and
--   release_claim() ($wpdb->update(... claim_id => 0 ... WHERE claim_id = %d)); table from
--   classes/schema/ActionScheduler_StoreSchema.php (columns that matter, their indexes).
-- Queue runners claim actions with one autocommitted UPDATE that reads the pending, unclaimed
-- range of claim_id_status_scheduled_date_gmt, locking every entry (the ORDER BY needs a sort:
-- every row is read and locked before LIMIT applies), and release the unfinished actions of a
-- claim with another UPDATE through the same index. The release locks its claim's entries, then
-- moves them to claim_id = 0, into the range a claim is scanning; a runner whose claim is stuck
-- behind another runner's row holds that range. As the source comment says: "this update query
-- will hold a lock on the claim_id_.. index ... then the claimer query will also try to acquire
-- a lock on the claim_id_.. index": deadlock.
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
