#!/usr/bin/env python3
"""Writes the large-table plan cases of scenarios/range/large-*: the shared data file
(large-100k.csv, 100,000 rows of big), each case's corpus input (with -- @data) and its expanded
twin for the oracle (the same file with the CSV written out as 100 INSERTs of 1,000 rows).

usage: gen_large_cases.py CORPUS_DIR EXPANDED_DIR
"""
import os
import sys

N = 100_000
CREATE = ("CREATE TABLE big (id INT PRIMARY KEY, k INT NOT NULL, c INT NOT NULL, pad VARCHAR(10) NOT NULL,"
          " KEY k (k), KEY c (c)) ENGINE=InnoDB;")


def row(i):
    return (i, i % 1000, i, "p")


CASES = {
    "large-two-ranges-fewer-rows-wins": (
        "Two secondary ranges past 10,000 rows each: k BETWEEN 0 AND 300 (30,100 rows) and\n"
        "-- c BETWEEN 1 AND 15000 (15,000 rows). The plan reads the index with fewer rows in range (c):\n"
        "-- id 20000 (k = 0, c = 20000) is not locked, id 99999 neither (no full scan).",
        "SELECT COUNT(*) FROM big WHERE k BETWEEN 0 AND 300 AND c BETWEEN 1 AND 15000 FOR UPDATE",
        [20000, 99999, 15000]),
    "large-secondary-range-5pct": (
        "A range over 5% of a 10^5-row table on a secondary index (not covering: pad is read):\n"
        "-- range access on c; a row outside it (id 99999) is not locked, one inside (id 5000) is.",
        "SELECT COUNT(*) FROM big WHERE c BETWEEN 1 AND 5000 AND pad <> 'z' FOR UPDATE",
        [99999, 5000]),
    "large-secondary-range-20pct": (
        "A range over 20% of a 10^5-row table on a secondary index (not covering): range or full scan?\n"
        "-- id 99999 lies outside the range: it is locked only by a full scan.",
        "SELECT COUNT(*) FROM big WHERE c BETWEEN 1 AND 20000 AND pad <> 'z' FOR UPDATE",
        [99999, 20000]),
    "large-secondary-range-40pct": (
        "A range over 40% of a 10^5-row table on a secondary index (not covering): range or full scan?\n"
        "-- id 99999 lies outside the range: it is locked only by a full scan.",
        "SELECT COUNT(*) FROM big WHERE c BETWEEN 1 AND 40000 AND pad <> 'z' FOR UPDATE",
        [99999, 40000]),
    "large-pk-range-vs-secondary-range": (
        "A PRIMARY range of 30,000 rows against a secondary range of 10,100 rows (k BETWEEN 0 AND 100):\n"
        "-- id 50000 (k = 0) is locked only through k, id 20000 (k = 0) through both, id 99999 only by a full scan.",
        "SELECT COUNT(*) FROM big WHERE id BETWEEN 1 AND 30000 AND k BETWEEN 0 AND 100 AND pad <> 'z' FOR UPDATE",
        [50000, 99999, 20000]),
}


def body(name, comment, select, probes):
    lines = ["T1: BEGIN;"]
    for s in range(len(probes)):
        lines.append("T%d: BEGIN;" % (s + 2))
    lines.append("T1: %s;" % select)
    for s, pid in enumerate(probes):
        lines.append("T%d: UPDATE big SET pad = 'x' WHERE id = %d;" % (s + 2, pid))
    lines.append("T1: COMMIT;")
    for s in range(len(probes)):
        lines.append("T%d: COMMIT;" % (s + 2))
    return "\n".join(lines) + "\n"


def main():
    corpus, expanded = sys.argv[1], sys.argv[2]
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(expanded, exist_ok=True)
    with open(os.path.join(corpus, "large-100k.csv"), "w") as f:
        for i in range(1, N + 1):
            f.write("%d,%d,%d,%s\n" % row(i))
    inserts = []
    for start in range(1, N + 1, 1000):
        inserts.append("INSERT INTO `big` VALUES " + ",".join("(%d,%d,%d,'%s')" % row(i) for i in range(start, start + 1000)) + ";")
    for name, (comment, select, probes) in CASES.items():
        head = "-- @name: %s\n-- @server: mariadb-10.11\n-- %s\n" % (name, comment)
        steps = body(name, comment, select, probes)
        with open(os.path.join(corpus, name + ".sql"), "w") as f:
            f.write(head + CREATE + "\n-- @data big: large-100k.csv\n\n" + steps)
        with open(os.path.join(expanded, name + ".sql"), "w") as f:
            f.write(head + CREATE + "\n" + "\n".join(inserts) + "\n\n" + steps)


if __name__ == "__main__":
    main()
