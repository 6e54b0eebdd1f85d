-- @name: spec-T25-insert-vs-waiting-nextkey
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T25
-- Purpose: Insert intention never bypasses a waiting next-key lock.
-- Fixture F1 (table t) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM t WHERE id=20 FOR UPDATE;        -- expect: ok
T2: SELECT * FROM t FORCE INDEX(PRIMARY) WHERE id <= 20 FOR UPDATE;  -- expect: blocked -> ok
-- spec: II vs T2's waiting X next-key on 20 -> cycle; weights tie (3 structs each) -> requester T1 is the victim; T2 then completes
-- spec-releases: T2
T1: INSERT INTO t VALUES (15,15,0);                -- expect: deadlock
-- released: T2 -> ok
-- deadlock: victim T1
--   T1 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)
--     behind T2 waits  RECORD t.PRIMARY X (20)
--   T2 waits  RECORD t.PRIMARY X (20)
--     behind T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
T1: ROLLBACK;                                      -- expect: ok
T2: COMMIT;                                        -- expect: ok
