-- source: https://github.com/aneasystone/mysql-deadlocks/blob/d6e2283053687edfcd3d35a8981f1a37ef167ef0/11.md (the post's table structure, verbatim)
CREATE TABLE `tt` (
  `id` int(11) NOT NULL DEFAULT '0',
  `fileid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fileid` (`fileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8
