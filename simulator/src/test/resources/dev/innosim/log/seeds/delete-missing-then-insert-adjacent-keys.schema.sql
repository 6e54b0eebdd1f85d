-- Schema of scenarios/seeds/logs/delete-missing-then-insert-adjacent-keys.txt: the table of the seed scenario scenarios/seeds/delete-missing-then-insert-adjacent-keys.sql
-- (the post gives no DDL; the log names a table without primary key and its non-unique index idx_order_id).
CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;
