-- @name: rules14-table-name-case-rr
-- @server: mariadb-10.11
-- @source: issue 14, locking rules found by random scenarios
-- RR, table and index names keep their case (lower_case_table_names=0): the lock lines name
-- Orders and idx_CustomerId; a reference to orders fails with 1146.
CREATE TABLE Orders (Id INT PRIMARY KEY, CustomerId INT, Amount INT, KEY idx_CustomerId (CustomerId)) ENGINE=InnoDB;
INSERT INTO Orders VALUES (1,100,0),(2,200,0),(3,300,0),(4,400,0);

T1: BEGIN;                                         -- expect: ok
T2: BEGIN;                                         -- expect: ok
T1: SELECT * FROM Orders FORCE INDEX (idx_CustomerId) WHERE CustomerId = 200 FOR UPDATE;  -- expect: ok
-- @locks
--   T1 holds  TABLE Orders IX
--   T1 holds  RECORD Orders.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD Orders.idx_CustomerId X (200, 2)
--   T1 holds  RECORD Orders.idx_CustomerId X,GAP (300, 3)
--   T2 holds  nothing
T2: SELECT * FROM orders WHERE Id = 2 FOR UPDATE;  -- expect: error 1146
T2: UPDATE Orders SET Amount = 5 WHERE Id = 2;     -- expect: blocked -> ok
-- @locks
--   T1 holds  TABLE Orders IX
--   T1 holds  RECORD Orders.PRIMARY X,REC_NOT_GAP (2)
--   T1 holds  RECORD Orders.idx_CustomerId X (200, 2)
--   T1 holds  RECORD Orders.idx_CustomerId X,GAP (300, 3)
--   T2 holds  TABLE Orders IX
--   T2 waits  RECORD Orders.PRIMARY X,REC_NOT_GAP (2)
T1: COMMIT;                                        -- expect: ok
-- released: T2 -> ok
T2: COMMIT;                                        -- expect: ok
