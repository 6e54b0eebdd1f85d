-- @name: action-scheduler-claim-read-committed-schedule
-- @server: mariadb-10.11
-- @isolation: REPEATABLE READ
-- @isolation T1: READ COMMITTED
-- The deadlocking schedule of action-scheduler-release-claim-by-claim-id-witness, with the fix (the claim runs under READ COMMITTED).
CREATE TABLE wp_actionscheduler_actions (action_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, status VARCHAR(20) NOT NULL, scheduled_date_gmt DATETIME NULL, attempts INT NOT NULL DEFAULT 0, last_attempt_gmt DATETIME NULL, claim_id BIGINT UNSIGNED NOT NULL DEFAULT 0, PRIMARY KEY (action_id), KEY status_scheduled_date_gmt (status, scheduled_date_gmt), KEY claim_id_status_scheduled_date_gmt (claim_id, status, scheduled_date_gmt)) ENGINE=InnoDB;
INSERT INTO wp_actionscheduler_actions (status, scheduled_date_gmt, attempts, claim_id) VALUES ('pending', '2024-01-01 00:00:00', 0, 0), ('pending', '2024-01-01 00:01:00', 0, 5), ('pending', '2024-01-01 00:02:00', 0, 0);

T3: BEGIN;                                         -- expect: ok
T3: UPDATE wp_actionscheduler_actions SET attempts = attempts + 1, status = 'in-progress' WHERE action_id = 3;  -- expect: ok
T1: UPDATE wp_actionscheduler_actions SET claim_id = 6, last_attempt_gmt = '2024-01-01 00:05:00' WHERE claim_id = 0 AND scheduled_date_gmt <= '2024-01-01 00:05:00' AND status = 'pending' ORDER BY attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT 1;  -- expect: blocked -> ok
T2: UPDATE wp_actionscheduler_actions SET claim_id = 0 WHERE claim_id = 5;  -- expect: ok
T3: COMMIT;                                        -- expect: ok
-- released: T1 -> ok
