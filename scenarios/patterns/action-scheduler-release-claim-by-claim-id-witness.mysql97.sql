-- @name: action-scheduler-release-claim-by-claim-id-witness
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @isolation: REPEATABLE READ
-- The shortest deadlocking schedule innosim's explore finds for the template action-scheduler-release-claim-by-claim-id.sql.
CREATE TABLE wp_actionscheduler_actions (action_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, status VARCHAR(20) NOT NULL, scheduled_date_gmt DATETIME NULL, attempts INT NOT NULL DEFAULT 0, last_attempt_gmt DATETIME NULL, claim_id BIGINT UNSIGNED NOT NULL DEFAULT 0, PRIMARY KEY (action_id), KEY status_scheduled_date_gmt (status, scheduled_date_gmt), KEY claim_id_status_scheduled_date_gmt (claim_id, status, scheduled_date_gmt)) ENGINE=InnoDB;
INSERT INTO wp_actionscheduler_actions (status, scheduled_date_gmt, attempts, claim_id) VALUES ('pending', '2024-01-01 00:00:00', 0, 0), ('pending', '2024-01-01 00:01:00', 0, 5), ('pending', '2024-01-01 00:02:00', 0, 0);

T3: BEGIN;                                         -- expect: ok
T3: UPDATE wp_actionscheduler_actions SET attempts = attempts + 1, status = 'in-progress' WHERE action_id = 3;  -- expect: ok
T1: UPDATE wp_actionscheduler_actions SET claim_id = 6, last_attempt_gmt = '2024-01-01 00:05:00' WHERE claim_id = 0 AND scheduled_date_gmt <= '2024-01-01 00:05:00' AND status = 'pending' ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT 1;  -- expect: blocked -> deadlock
T2: UPDATE wp_actionscheduler_actions SET claim_id = 0 WHERE claim_id = 5;  -- expect: blocked -> ok
T3: COMMIT;                                        -- expect: ok
-- released: T1 -> deadlock
-- released: T2 -> ok
-- deadlock: victim T1
--   T1 waits  RECORD wp_actionscheduler_actions.claim_id_status_scheduled_date_gmt X (5, 'pending', '2024-01-01 00:01:00', 2) delete-marked
--     behind T2 holds  RECORD wp_actionscheduler_actions.claim_id_status_scheduled_date_gmt X (5, 'pending', '2024-01-01 00:01:00', 2) delete-marked
--   T2 waits  RECORD wp_actionscheduler_actions.claim_id_status_scheduled_date_gmt X,GAP,INSERT_INTENTION (0, 'pending', '2024-01-01 00:02:00', 3) delete-marked
--     behind T1 holds  RECORD wp_actionscheduler_actions.claim_id_status_scheduled_date_gmt X (0, 'pending', '2024-01-01 00:02:00', 3) delete-marked
