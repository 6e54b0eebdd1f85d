-- SHOW CREATE TABLE orders\G on the same MySQL 9.7.4, verbatim
*************************** 1. row ***************************
       Table: orders
Create Table: CREATE TABLE `orders` (
  `id` int NOT NULL,
  `k` int NOT NULL,
  `note` varchar(40) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `placed` datetime(3) NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `flag` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `idx_k` (`k`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci
