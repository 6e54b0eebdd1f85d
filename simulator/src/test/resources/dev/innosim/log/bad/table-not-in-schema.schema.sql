-- source: https://github.com/aneasystone/mysql-deadlocks/blob/d6e2283053687edfcd3d35a8981f1a37ef167ef0/3.md (the post's table structure, verbatim)
CREATE TABLE `msg` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `target_id` varchar(100) COLLATE utf8_bin NOT NULL ,
  `flag` tinyint(4) NOT NULL ,
  `gmt_create` datetime NOT NULL,
  `gmt_modified` datetime NOT NULL,
  `datablob` blob,
  `nickname` varchar(64) COLLATE utf8_bin DEFAULT NULL ,
  `source` tinyint(4) DEFAULT NULL ,
  PRIMARY KEY (`id`),
  KEY `idx_o_tid` (`target_id`,`gmt_modified`,`source`,`flag`)
) ENGINE=InnoDB
