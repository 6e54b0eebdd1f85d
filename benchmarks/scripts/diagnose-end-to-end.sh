#!/usr/bin/env bash
# Whole-process benchmark of `innosim diagnose` (JVM start included): each production log of
# scenarios/seeds/logs/ diagnosed RUNS times with its DDL (`java -jar simulator/target/innosim.jar`);
# prints per log the median and the worst wall time and CPU time (user + sys), the exit code (0 =
# reproduced) and the load average before the runs. JAVA_FLAGS (default: the launcher's flags for
# diagnose, -XX:TieredStopAtLevel=1; give JAVA_FLAGS= for the JVM's defaults) go before -jar.
# Run in the project folder after `mvn -B -o -q package -DskipTests`:
#   RUNS=5 benchmarks/scripts/diagnose-end-to-end.sh [LOG-NAME...]
set -euo pipefail
runs="${RUNS:-5}"
flags="${JAVA_FLAGS--XX:TieredStopAtLevel=1}"
jar="simulator/target/innosim.jar"
[ -f "$jar" ] || { echo "no $jar: build first (mvn -B -o -q package -DskipTests)" >&2; exit 2; }
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in scenarios/seeds/logs/*.txt; do names+=("$(basename "$f" .txt)"); done
fi
echo "nproc $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each; java ${flags:-(default flags)}"
printf '%-44s %5s %12s %12s %12s %12s\n' log exit "wall med" "wall max" "cpu med" "cpu max"
for n in "${names[@]}"; do
  walls=(); cpus=(); code=0
  tf="$(mktemp)"
  for ((i = 0; i < runs; i++)); do
    set +e
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S' -o "$tf" java $flags -jar "$jar" diagnose "scenarios/seeds/logs/$n.txt" \
      --schema "scenarios/seeds/logs/$n.ddl" >/dev/null 2>&1
    code=$?
    set -e
    read -r wall user sys < <(tail -1 "$tf")
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
  done
  rm -f "$tf"
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  max() { printf '%s\n' "$@" | sort -n | tail -1; }
  printf '%-44s %5s %11ss %11ss %11ss %11ss\n' "$n" "$code" "$(med "${walls[@]}")" "$(max "${walls[@]}")" "$(med "${cpus[@]}")" "$(max "${cpus[@]}")"
done
