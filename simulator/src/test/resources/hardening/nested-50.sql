CREATE TABLE t (id INT PRIMARY KEY, v INT, s VARCHAR(20)) ENGINE=InnoDB;
INSERT INTO t VALUES (1,1,'a');
T1: SELECT * FROM t WHERE ((((((((((((((((((((((((((((((((((((((((((((((((((id = 1 OR v = 2)))))))))))))))))))))))))))))))))))))))))))))))))) FOR UPDATE;
