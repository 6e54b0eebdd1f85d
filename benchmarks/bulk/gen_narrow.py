#!/usr/bin/env python3
"""Writes a 4-column mysqldump-style scenario (INT key, INT, VARCHAR, DATETIME; one secondary index)
of ROWS rows in extended INSERTs of 1,000 rows, then a locking range scan of SCAN rows by T1 and a
write of T2 into that range (it waits), and the commits.

usage: gen_narrow.py ROWS SCAN OUT.sql
"""
import sys

n, scan, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(out, "w") as f:
    f.write("-- @name: bulk-narrow-%d\n" % n)
    f.write("CREATE TABLE `t` (\n  `id` int(11) NOT NULL,\n  `k` int(11) NOT NULL,\n  `v` varchar(20) DEFAULT NULL,\n"
            "  `at` datetime NOT NULL,\n  PRIMARY KEY (`id`),\n  KEY `k` (`k`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")
    for start in range(1, n + 1, 1000):
        f.write("INSERT INTO `t` VALUES ")
        f.write(",".join("(%d,%d,%s,'2024-%02d-%02d %02d:%02d:00')" % (
            i, (i * 7919) % 50000, "NULL" if i % 9 == 0 else "'v\\'%d'" % i, 1 + i % 12, 1 + i % 28, i % 24, i % 60)
            for i in range(start, min(n, start + 999) + 1)))
        f.write(";\n")
    f.write("\nT1: BEGIN;\nT2: BEGIN;\n")
    f.write("T1: SELECT COUNT(*) FROM t WHERE id BETWEEN 1 AND %d FOR UPDATE;\n" % scan)
    f.write("T2: UPDATE t SET k = k + 1 WHERE id = %d;\n" % max(1, scan // 2))
    f.write("T1: COMMIT;\nT2: COMMIT;\n")
