#!/usr/bin/env python3
"""Writes a mysqldump-style scenario: CREATE TABLE, extended INSERTs of 1,000 rows, then steps.

usage: gen_dump.py ROWS OUT.sql [--setup-only OUT-setup.sql] [--rows-per-insert N] [--scan N]

The rows use every literal form mysqldump writes for these column types: integers (negative too),
DECIMALs, strings with backslash escapes (\\' \\\\ \\n \\r \\0 \\Z \\"), NULLs, DATETIMEs as
strings. Deterministic (seeded), so two runs write the same bytes.
"""
import random
import sys


def esc(s):
    # mysql_real_escape_string, as mysqldump writes strings
    out = []
    for ch in s:
        out.append({"\0": "\\0", "\n": "\\n", "\r": "\\r", "\\": "\\\\", "'": "\\'", '"': '\\"',
                    "\x1a": "\\Z"}.get(ch, ch))
    return "'" + "".join(out) + "'"


WORDS = ["alpha", "O'Brien", "back\\slash", "line\nbreak", "tab\there", "nul\0byte", "quote\"d",
         "ctrl\x1aZ", "caf\u00e9", "plain", "", "x" * 40]
STATUS = ["new", "paid", "shipped", "cancelled", "refunded"]


def rows(n, seed=15):
    rnd = random.Random(seed)
    for i in range(1, n + 1):
        cust = rnd.randint(1, max(1, n // 10))
        amount = "NULL" if i % 17 == 0 else "%d.%02d" % (rnd.randint(-500, 99999), rnd.randint(0, 99))
        status = esc(STATUS[rnd.randrange(len(STATUS))])
        note = "NULL" if i % 5 == 0 else esc(WORDS[rnd.randrange(len(WORDS))] + " #" + str(i))
        delta = rnd.randint(-1000, 1000)
        sec = (i * 37) % 86400
        day = 1 + (i // 3000) % 28
        created = "'2024-%02d-%02d %02d:%02d:%02d'" % (1 + (i // 84000) % 12, day, sec // 3600, (sec // 60) % 60, sec % 60)
        yield "(%d,%d,%s,%s,%s,%d,%s)" % (i, cust, amount, status, note, delta, created)


CREATE = """CREATE TABLE `orders` (
  `id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  `amount` decimal(10,2) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `note` varchar(200) DEFAULT NULL,
  `delta` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  KEY `idx_created` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;"""


def main():
    args = sys.argv[1:]
    n = int(args[0])
    out = args[1]
    per = 1000
    setup_only = None
    scan = 0
    i = 2
    while i < len(args):
        if args[i] == "--rows-per-insert":
            per = int(args[i + 1]); i += 2
        elif args[i] == "--setup-only":
            setup_only = args[i + 1]; i += 2
        elif args[i] == "--scan":
            scan = int(args[i + 1]); i += 2
        else:
            sys.exit("unknown option " + args[i])
    setup = [CREATE]
    batch = []
    for r in rows(n):
        batch.append(r)
        if len(batch) == per:
            setup.append("INSERT INTO `orders` VALUES " + ",".join(batch) + ";")
            batch = []
    if batch:
        setup.append("INSERT INTO `orders` VALUES " + ",".join(batch) + ";")
    text = "\n".join(setup) + "\n"
    if setup_only:
        with open(setup_only, "w", encoding="utf-8") as f:
            f.write(text)
    hi = scan if scan else 10
    steps = (
        "\nT1: BEGIN;\n"
        "T2: BEGIN;\n"
        "T1: SELECT COUNT(*) FROM orders WHERE id BETWEEN 1 AND %d FOR UPDATE;\n"
        "T2: UPDATE orders SET delta = delta + 1 WHERE id = %d;\n"
        "T1: COMMIT;\n"
        "T2: COMMIT;\n" % (hi, max(1, hi // 2)))
    with open(out, "w", encoding="utf-8") as f:
        f.write("-- @name: bulk-%d\n" % n + text + steps)


if __name__ == "__main__":
    main()
