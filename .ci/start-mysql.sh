#!/usr/bin/env bash
# Start (idempotently) a real MySQL server for innosim's live tests: MySQL 9.7 from Debian's packages.
# The project's copy of ../shared/oracle/start-mysql.sh, so that a clone needs nothing outside itself.
# Several servers can share one root: each MYSQL_PORT has its own datadir, socket and config.
#
# Debian stable ships only MariaDB; Debian unstable (sid) ships MySQL (9.7.x LTS as of late 2026),
# which needs a newer libc than the host has. So this script builds a small sid root filesystem with
# debootstrap (Debian's own tool, Debian's own packages), installs mysql-server-core in it, and runs
# mysqld inside it with chroot. The server listens on 127.0.0.1 only; nothing else changes on the host.
#
#  - installs debootstrap on the host if missing
#  - creates the sid root in $MYSQL_ROOT if missing (about 230 MB, a few minutes), with /proc mounted
#  - installs mysql-server-core and mysql-client-core in it if missing (about 190 MB)
#  - initialises a datadir if missing, starts mysqld if not running, creates the account oracle/oracle
#
# Environment (all optional):
#   MYSQL_ROOT   the sid root filesystem                      default /opt/innosim-sid
#   MYSQL_PORT   TCP port on 127.0.0.1                        default 3406
#
# Usage:  bash start-mysql.sh          # start / check
#         bash start-mysql.sh stop     # stop the server this script started
#
# Settings match the MariaDB oracle's (server.cnf) except innodb_autoinc_lock_mode, which keeps
# MySQL 8's default (2), and performance_schema, which is on (data_locks lives there).
set -euo pipefail

ROOT="${MYSQL_ROOT:-/opt/innosim-sid}"
PORT="${MYSQL_PORT:-3406}"
SOCK_IN=/run/mysqld/mysqld-$PORT.sock
PID_IN=/run/mysqld/mysqld-$PORT.pid
DATA_IN=/var/lib/mysql-$PORT
CNF_IN=/etc/mysql-oracle-$PORT.cnf
APT_OPTS=(-o Acquire::Check-Valid-Until=false)

in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

is_running() {
  [ -f "$ROOT$PID_IN" ] || return 1
  local pid; pid="$(cat "$ROOT$PID_IN" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -S "$ROOT$SOCK_IN" ]
}

if [ "${1:-}" = "stop" ]; then
  if is_running; then
    pid="$(cat "$ROOT$PID_IN")"; kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "stopped mysqld pid $pid"
  else
    echo "not running"
  fi
  exit 0
fi

# 1. the sid root filesystem
if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null 2>&1 || {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends debootstrap || { apt-get update && apt-get install -y --no-install-recommends debootstrap; }
  }
  echo "creating the sid root in $ROOT (debootstrap, a few minutes)"
  debootstrap --variant=minbase --include=ca-certificates sid "$ROOT" http://deb.debian.org/debian
fi
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
mkdir -p "$ROOT/run/mysqld" "$ROOT/var/lib/mysql-files"

# 2. the server packages
if [ ! -x "$ROOT/usr/sbin/mysqld" ]; then
  echo "installing mysql-server-core in $ROOT"
  in_root apt-get "${APT_OPTS[@]}" update
  in_root apt-get "${APT_OPTS[@]}" install -y --no-install-recommends mysql-server-core mysql-client-core
fi

# 3. config (regenerated every time)
cat > "$ROOT$CNF_IN" <<EOF
[mysqld]
user=root
datadir=$DATA_IN
socket=$SOCK_IN
pid-file=$PID_IN
port=$PORT
bind-address=127.0.0.1
mysqlx=OFF
secure-file-priv=
skip-log-bin
log-error=$DATA_IN.err
transaction-isolation=REPEATABLE-READ
innodb_lock_wait_timeout=4
innodb_deadlock_detect=ON
innodb_print_all_deadlocks=ON
innodb_status_output_locks=ON
innodb_rollback_on_timeout=OFF
innodb_stats_auto_recalc=OFF
innodb_buffer_pool_size=128M
performance_schema=ON
EOF

# 4. datadir and server
if [ ! -d "$ROOT$DATA_IN/mysql" ]; then
  echo "initialising datadir $DATA_IN (inside $ROOT)"
  in_root mysqld --defaults-file="$CNF_IN" --initialize-insecure
fi
if ! is_running; then
  in_root mysqld --defaults-file="$CNF_IN" >/dev/null 2>&1 &
  for _ in $(seq 1 60); do is_running && break; sleep 0.5; done
  is_running || { echo "mysqld did not start; see $ROOT$DATA_IN.err" >&2; tail -n 20 "$ROOT$DATA_IN.err" >&2; exit 1; }
  echo "mysqld started (pid $(cat "$ROOT$PID_IN")), port $PORT"
fi
in_root mysql -uroot -S "$SOCK_IN" -e \
  "CREATE USER IF NOT EXISTS 'oracle'@'%' IDENTIFIED BY 'oracle'; GRANT ALL ON *.* TO 'oracle'@'%'; SELECT CONCAT('version ', VERSION()) AS '';"
