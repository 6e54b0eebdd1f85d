#!/usr/bin/env bash
# Start (idempotently) a MariaDB server for innosim's live tests (`innosim verify` / `record`).
# The project's copy of ../shared/oracle/start-server.sh (same settings: mariadb.cnf beside this
# script is the oracle's server.cnf), so that a clone needs nothing outside itself.
#
#  - installs mariadb-server and mariadb-client if missing
#  - initialises a private datadir if missing
#  - starts mariadbd bound to 127.0.0.1 only, if it is not already running
#  - creates the account oracle/oracle used by run_scenario.py
#
# Environment (all optional):
#   ORACLE_BASE  runtime folder (datadir, socket, pid, logs)   default /tmp/innodb-oracle
#   ORACLE_PORT  TCP port on 127.0.0.1                          default 3399
#
# Usage:  bash start-server.sh          # start / check
#         bash start-server.sh stop     # stop the server this script started (by PID)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="${ORACLE_BASE:-/tmp/innodb-oracle}"
PORT="${ORACLE_PORT:-3399}"
DATADIR="$BASE/data"
SOCK="$BASE/mysqld.sock"
PIDFILE="$BASE/mysqld.pid"
CNF="$BASE/my.cnf"
LOG="$BASE/error.log"

is_running() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -S "$SOCK" ]
}

if [ "${1:-}" = "stop" ]; then
  if is_running; then
    pid="$(cat "$PIDFILE")"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "stopped mariadbd pid $pid"
  else
    echo "not running"
  fi
  exit 0
fi

# 1. packages
need=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v mariadb >/dev/null 2>&1 || need+=(mariadb-client)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${need[@]}" || { apt-get update && apt-get install -y --no-install-recommends "${need[@]}"; }
fi
MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"

# 2. config (regenerated every time from server.cnf, with the runtime paths filled in)
mkdir -p "$BASE"
{
  echo "[mysqld]"
  echo "user=root"
  echo "datadir=$DATADIR"
  echo "socket=$SOCK"
  echo "pid-file=$PIDFILE"
  echo "log-error=$LOG"
  echo "port=$PORT"
  echo "bind-address=127.0.0.1"
  sed -e '/^\s*#/d' -e '/^\s*$/d' -e '/^\[/d' "$HERE/mariadb.cnf"
  echo "[client]"
  echo "socket=$SOCK"
  echo "port=$PORT"
} > "$CNF"

# 3. datadir
if [ ! -d "$DATADIR/mysql" ]; then
  echo "initialising datadir $DATADIR"
  rm -rf "$DATADIR"
  mkdir -p "$DATADIR"
  mariadb-install-db --defaults-file="$CNF" --user=root --datadir="$DATADIR" \
      --auth-root-authentication-method=socket --skip-test-db > "$BASE/install-db.log" 2>&1 \
    || { cat "$BASE/install-db.log"; exit 1; }
fi

# 4. server
if is_running; then
  echo "mariadbd already running (pid $(cat "$PIDFILE")), port $PORT"
else
  rm -f "$SOCK"
  setsid nohup "$MARIADBD" --defaults-file="$CNF" > "$BASE/mariadbd.out" 2>&1 < /dev/null &
  for _ in $(seq 1 120); do
    if [ -S "$SOCK" ] && mariadb --defaults-file="$CNF" -uroot -e 'SELECT 1' >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  if ! mariadb --defaults-file="$CNF" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    echo "server did not come up; see $LOG"; tail -30 "$LOG" || true; exit 1
  fi
  echo "mariadbd started (pid $(cat "$PIDFILE")), port $PORT"
fi

# 5. account for innosim's live tests (TCP from 127.0.0.1)
mariadb --defaults-file="$CNF" -uroot -e "
  CREATE USER IF NOT EXISTS 'oracle'@'127.0.0.1' IDENTIFIED BY 'oracle';
  CREATE USER IF NOT EXISTS 'oracle'@'localhost' IDENTIFIED BY 'oracle';
  GRANT ALL PRIVILEGES ON *.* TO 'oracle'@'127.0.0.1';
  GRANT ALL PRIVILEGES ON *.* TO 'oracle'@'localhost';"

# 6. dynamic settings, re-applied in case the server was started with an older config
mariadb --defaults-file="$CNF" -uroot -e "
  SET GLOBAL innodb_lock_wait_timeout = 4;
  SET GLOBAL innodb_deadlock_detect = ON;
  SET GLOBAL innodb_print_all_deadlocks = ON;
  SET GLOBAL innodb_status_output_locks = ON;
  SET GLOBAL innodb_stats_auto_recalc = OFF;
  SET GLOBAL tx_isolation = 'REPEATABLE-READ';"

mariadb --defaults-file="$CNF" -uroot -N -e "SELECT CONCAT('version ', VERSION())"
