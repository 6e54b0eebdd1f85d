-- The post's SHOW CREATE TABLE (https://github.com/siddontang/blog/blob/6ef97325e77f028be2c96012a26358bf53fb2cca/before-2016/a-mysql-deadlock.md).
CREATE TABLE `tt` (
  `id` int(11) NOT NULL DEFAULT '0',
  `fileid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fileid` (`fileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
