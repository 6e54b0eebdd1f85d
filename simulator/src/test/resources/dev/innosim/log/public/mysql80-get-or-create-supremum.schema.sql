-- The table GORM's AutoMigrate makes for the post's Membership struct (ID int64, UserID int64, ExpireAt string):
-- https://github.com/longyue0521/interview-cases/blob/10ad3f7aa424f5469e08a04d60af168a2cc12cfd/case21_30/case29/case29.go
CREATE TABLE `memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint DEFAULT NULL,
  `expire_at` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
