#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and for running the portal locally: Debian's postgresql (installed if
# missing), a fresh cluster in a temporary folder on a free loopback port, owned by the postgres user when run as root.
#   scripts/postgres.sh start   prints the connection string (Npgsql form) and writes it to $PG_DIR/connection
#   scripts/postgres.sh stop    stops the cluster started here and deletes its folder
# PG_DIR (default /tmp/dp-postgres) is where the cluster lives.
set -euo pipefail
. "$(dirname "$0")/lib/apt-install.sh"
dir="${PG_DIR:-/tmp/dp-postgres}"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || return 1
  echo "$found"
}


case "${1:-}" in
  start)
    pg=$(bin) || { apt_install "for the integration tests" postgresql; pg=$(bin); }
    # A cluster still running here is reused; one whose server has gone (a stale postmaster.pid) is started afresh.
    if [ -f "$dir/data/postmaster.pid" ] && [ -f "$dir/connection" ] && kill -0 "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null; then
      cat "$dir/connection"; exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    (cd "$dir" && as_owner "$pg/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null)
    # Tuned for throwaway test databases: no fsync, enough connections for parallel test classes.
    (cd "$dir" && as_owner "$pg/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null)
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=unused;Include Error Detail=true" | as_owner tee "$dir/connection" >/dev/null
    cat "$dir/connection"
    ;;
  stop)
    if pg=$(bin) && [ -d "$dir/data" ]; then
      (cd "$dir" && as_owner "$pg/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2; exit 2
    ;;
esac
