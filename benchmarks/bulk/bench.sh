#!/usr/bin/env bash
# Whole-process bulk-data benchmarks (issue 15), one script run on this machine:
#  1. a 100,000-row mysqldump-style setup (7 columns, 3 indexes, 100 INSERTs of 1,000 rows with
#     strings, escapes, NULLs, DECIMALs, DATETIMEs): the real MariaDB loading it with the mysql
#     client vs `./innosim run` loading it AND running the steps, alternately, REPEAT times each;
#  2. a 10^6-row dump (4 columns, 2 indexes) with a locking range scan of 10^5 rows, in
#     `java -Xmx1g -jar innosim.jar run` (wall, CPU, peak RSS).
# Usage: benchmarks/bulk/bench.sh            (BULK_MARIADB_PORT=3404 REPEAT=3 BULK_OUT=/tmp/innosim-bulk)
# The MariaDB instance must be one of your own (ORACLE_BASE=... ORACLE_PORT=... start-server.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${BULK_OUT:-/tmp/innosim-bulk}"
port="${BULK_MARIADB_PORT:-3404}"
repeat="${REPEAT:-3}"
mkdir -p "$out"
jar="$root/simulator/target/innosim.jar"
"$root/innosim" --version >/dev/null   # builds the jar if needed, outside the timings
py=python3
[ -f "$out/d100k.sql" ] || $py "$here/gen_dump.py" 100000 "$out/d100k.sql" --setup-only "$out/d100k-setup.sql"
[ -f "$out/n1m.sql" ] || $py "$here/gen_narrow.py" 1000000 100000 "$out/n1m.sql"
my=(mysql -h127.0.0.1 -P"$port" -uoracle -poracle)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average at start: $(cut -d' ' -f1 /proc/loadavg)"
echo "MariaDB: $("${my[@]}" -N -e 'SELECT VERSION()')"
# the server's own CPU time (user + system, seconds) from /proc, to set beside innosim's process CPU
pidfile="${BULK_MARIADB_PID:-/tmp/oracle-bulk/mysqld.pid}"
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$(cat "$pidfile")/stat"; }
echo
echo "run  what                                          wall s  CPU s (user+sys)  peak RSS MB"
for r in $(seq 1 "$repeat"); do
  "${my[@]}" -e "DROP DATABASE IF EXISTS bulkbench; CREATE DATABASE bulkbench"
  c0=$(server_cpu)
  /usr/bin/time -f "%e %U %S %M" -o "$out/t.maria" "${my[@]}" bulkbench < "$out/d100k-setup.sql"
  c1=$(server_cpu)
  read -r w u s m < "$out/t.maria"
  printf "%-4s %-45s %6s  %10.2f (server %.2f)\n" "$r" "MariaDB: mysql < d100k-setup.sql" "$w" "$(echo "$u + $s" | bc)" "$(echo "$c1 - $c0" | bc)"
  /usr/bin/time -f "%e %U %S %M" -o "$out/t.sim" "$root/innosim" run "$out/d100k.sql" > "$out/d100k.out"
  read -r w u s m < "$out/t.sim"
  printf "%-4s %-45s %6s  %16.2f  %11d\n" "$r" "innosim: ./innosim run d100k.sql (load + run)" "$w" "$(echo "$u + $s" | bc)" $((m / 1024))
done
"${my[@]}" -e "DROP DATABASE IF EXISTS bulkbench"
/usr/bin/time -f "%e %U %S %M" -o "$out/t.1m" java -Xmx1g -Xlog:gc:file="$out/gc-1m.log" -jar "$jar" run "$out/n1m.sql" > "$out/n1m.out"
read -r w u s m < "$out/t.1m"
printf "%-4s %-45s %6s  %16.2f  %11d\n" "1" "innosim -Xmx1g: 10^6 rows + 10^5-row FOR UPDATE" "$w" "$(echo "$u + $s" | bc)" $((m / 1024))
pause=$(grep -o 'Pause[^)]*) [^ ]* [0-9.]*ms' "$out/gc-1m.log" | grep -o '[0-9.]*ms$' | tr -d ms | paste -sd+ | bc)
echo "     GC pauses in the 10^6 run: ${pause} ms; last heap line: $(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$out/gc-1m.log" | tail -1)"
grep -q "released: T2 -> ok" "$out/n1m.out" && echo "     10^6 run: T2 waited on the scanned range and was released (outcomes as expected)"
