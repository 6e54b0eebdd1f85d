-- @name: spec-T38-autoinc-lock
-- @server: mysql-9.7
-- note: recorded on MySQL 9.7.4-2 (Debian)
-- @source: innodb-locking-spec.md §8 T38
-- Purpose: INSERT ... SELECT holds the AUTO-INC table lock to the end of the statement; a simple insert waits for it (mode 1).
-- Fixture F4 (F1 + table a) of spec §8, inlined.
CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0);
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB;

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T3: BEGIN;                                         -- expect: ok
T1: UPDATE t SET v=1 WHERE id=20;                  -- expect: ok
-- spec: blocked -> ok (inserted row for id 10, waits on 20)
T2: INSERT INTO a (v) SELECT v FROM t FORCE INDEX(PRIMARY);  -- expect: blocked -> ok
-- spec: mode 1 (5.7, MDB default): blocked -> ok | mode 2 (8.0 default): ok
T3: INSERT INTO a (v) VALUES (5);                  -- expect: ok
-- checkpoint added for the locks the spec states on T2's and T3's steps (modes from §1.1 and §3.8)
-- spec-lock: T2 holds  TABLE a AUTO-INC
-- spec-lock: T2 holds  RECORD t.PRIMARY S (10)
-- spec-lock: T2 waits  RECORD t.PRIMARY S (20)
-- spec-lock: T3 waits  TABLE a AUTO-INC
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)
--   T2 holds  TABLE a IX
--   T2 holds  TABLE t IS
--   T2 holds  RECORD t.PRIMARY S (10)
--   T2 waits  RECORD t.PRIMARY S (20)
--   T3 holds  TABLE a IX
-- spec: ok (T2's statement finishes; then T3 proceeds in mode 1)
-- spec-releases: T2 T3
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
T3: COMMIT;                                        -- expect: ok
