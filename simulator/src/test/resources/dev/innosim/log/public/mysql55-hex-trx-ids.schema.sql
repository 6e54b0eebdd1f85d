-- source: https://github.com/aneasystone/mysql-deadlocks/blob/d6e2283053687edfcd3d35a8981f1a37ef167ef0/2.md (the post's table structure, verbatim)
CREATE TABLE `lingluo` (
  `a` int(11) NOT NULL DEFAULT '0',
  `b` int(11) DEFAULT NULL,
  `c` int(11) DEFAULT NULL,
  `d` int(11) DEFAULT NULL,
  PRIMARY KEY (`a`),
  UNIQUE KEY `uk_bc` (`b`,`c`)
) ENGINE=InnoDB DEFAULT CHARSET=gbk
