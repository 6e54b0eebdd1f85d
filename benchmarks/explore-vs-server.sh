#!/usr/bin/env bash
# Exhaustive exploration in innosim against one schedule on a real MariaDB, measured in one run.
#
#   ORACLE_PORT=3412 bash benchmarks/explore-vs-server.sh [FILE.sql...]
#
# For each file: the wall time of `innosim explore FILE --server mariadb-10.11` (the whole
# process: JVM start, parsing, every schedule) and its peak RSS, then the wall time of the real
# server running ONE schedule of it: the file's own order, every statement through one `mariadb`
# client connection (no waits in the file order of a scenario whose sessions run one after the
# other), with the database created, the setup loaded and the database dropped in the same
# connection. Default file: benchmarks/explore/four-sessions-eight-statements.sql.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${ORACLE_PORT:-3412}"
jar="$here/simulator/target/innosim.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$here/benchmarks/explore/four-sessions-eight-statements.sql")
for f in "${files[@]}"; do
  echo "== $f"
  /usr/bin/time -f "innosim explore: %e s wall, %M KB peak RSS" \
    java -jar "$jar" explore "$f" --server mariadb-10.11 > /tmp/explore-vs-server.out 2> /tmp/explore-vs-server.err || true
  grep -E '^(schedules|verdict)' /tmp/explore-vs-server.out | tr '\n' ' '; echo
  cat /tmp/explore-vs-server.err
  # one schedule on the server: setup and steps in file order, session prefixes stripped
  sql="$(grep -v '^\s*--' "$f" | sed -E 's/^T[0-9]+:\s*//' )"
  db="explore_bench_$$"
  start=$(date +%s.%N)
  printf 'CREATE DATABASE %s; USE %s;\n%s\nDROP DATABASE %s;\n' "$db" "$db" "$sql" "$db" \
    | mariadb -h127.0.0.1 -P"$port" -uoracle -poracle --force > /dev/null 2> /tmp/explore-vs-server.sqlerr || true
  end=$(date +%s.%N)
  printf 'mariadb one schedule (file order, one connection): %.3f s wall\n' "$(echo "$end - $start" | bc)"
  grep -v "Warning" /tmp/explore-vs-server.sqlerr | head -3 || true
done
