-- @name: rules14-autoinc-table-option-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, the AUTO_INCREMENT=100 table option sets the counter: rows 1 and 2 were inserted with
-- explicit ids, T1's insert without id gets 100. T2's locking read of id 100 converts T1's
-- implicit lock and waits.
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v INT) ENGINE=InnoDB AUTO_INCREMENT=100;
INSERT INTO t VALUES (1,0),(2,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: INSERT INTO t (v) VALUES (1);                  -- expect: ok
T2: SELECT * FROM t WHERE id = 100 FOR UPDATE;     -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE t IX
--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (100)
--   T2 holds  TABLE t IX
--   T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (100)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
