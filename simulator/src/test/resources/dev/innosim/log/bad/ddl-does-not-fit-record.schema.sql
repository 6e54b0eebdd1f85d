-- source: https://github.com/aneasystone/mysql-deadlocks/blob/d6e2283053687edfcd3d35a8981f1a37ef167ef0/8.md (the post's table structure, verbatim)
CREATE TABLE `t` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `a` INT(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=INNODB
