CREATE TABLE t (
  id INT PRIMARY KEY,   -- the key
  v INT                 # a value
  /* no more
     columns */
) ENGINE=InnoDB;
INSERT INTO t VALUES (1, 1), (2, 2);
T1: BEGIN;
T1: UPDATE t SET v = 3 -- a comment with a ; inside
      WHERE id = 1;
T2: BEGIN;
T2: SELECT * FROM t /* id 2 only;
      not 1 */ WHERE id = 2 FOR UPDATE;
T1: COMMIT;
