# shellcheck shell=bash
#
# Throwaway PostgreSQL 15 server for CI, sourced by .ci/run.
#
# Defines functions only; nothing runs at source time. Typical use:
#   pg_install; pg_start; pg_smoke_test; ...; pg_stop
# pg_start exports MENTORING_TEST_POSTGRES / MENTORING_REQUIRE_POSTGRES.
#
# No systemd on CI machines, so the server is driven with pg_ctl directly,
# in a fresh data directory that pg_stop deletes again.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DEFAULT_PORT="${MENTORING_PG_PORT:-55432}"
PG_USER=mentoring
PG_PASSWORD=mentoring
PG_DATABASE=mentoring_test

PG_WORK_DIR=""   # temp dir holding data/, the socket and the server log
PG_PORT=""
_APT_UPDATED=0

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- install --

# A fresh machine has empty package lists; refresh them at most once per run.
apt_update_once() {
  if [ "$_APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    _APT_UPDATED=1
  fi
}

apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "$@"
}

# "postgresql-15" is the versioned package; fall back to the "postgresql"
# metapackage (which is 15 on bookworm) if a mirror lacks the former.
pg_package_name() {
  if apt-cache policy postgresql-15 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo postgresql-15
  else
    echo postgresql
  fi
}

# Fast no-op when the server binaries are already there.
pg_install() {
  if [ -x "$PG_BIN/pg_ctl" ] && [ -x "$PG_BIN/initdb" ]; then
    log "PostgreSQL 15 already installed ($PG_BIN)"
    return 0
  fi
  apt_update_once
  local pkg
  pkg="$(pg_package_name)"
  log "Installing $pkg"
  apt_install "$pkg"
  if [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "ERROR: $pkg installed but $PG_BIN/pg_ctl is missing" >&2
    return 1
  fi
}

# ------------------------------------------------------------------ start --

# PostgreSQL refuses to run as root, so as root we drop to the postgres user.
# cd / because postgres may not be allowed to read the caller's cwd.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

port_in_use() {
  # A successful connect means something is already listening there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_free_port() {
  local port="$PG_DEFAULT_PORT" last=$((PG_DEFAULT_PORT + 100))
  while [ "$port" -le "$last" ]; do
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
    port=$((port + 1))
  done
  echo "ERROR: no free port in $PG_DEFAULT_PORT..$last" >&2
  return 1
}

# Local socket connections (used only for setup, as postgres) are trusted;
# TCP needs the password, like a real deployment.
pg_initdb() {
  PG_WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/mentoring-pg.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_WORK_DIR"
  fi
  as_pg "$PG_BIN/initdb" -D "$PG_WORK_DIR/data" -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_WORK_DIR/initdb.log" 2>&1 || {
    cat "$PG_WORK_DIR/initdb.log" >&2
    return 1
  }
}

# Durability settings are off: the cluster is thrown away after the run,
# and fsync on a 2-core CI box makes the many CREATE DATABASEs slow.
# MENTORING_PG_DURABLE=1 keeps PostgreSQL's defaults (fsync, synchronous
# commit), for benchmarks whose figures promise durable writes.
pg_server_start() {
  local opts="-c listen_addresses=127.0.0.1 -c port=$PG_PORT"
  opts+=" -c unix_socket_directories=$PG_WORK_DIR"
  opts+=" -c max_connections=200"
  if [ "${MENTORING_PG_DURABLE:-0}" != 1 ]; then
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_pg "$PG_BIN/pg_ctl" start -D "$PG_WORK_DIR/data" -w -t 60 \
    -l "$PG_WORK_DIR/server.log" -o "$opts" >/dev/null || {
    echo "ERROR: PostgreSQL failed to start; server log:" >&2
    tail -n 50 "$PG_WORK_DIR/server.log" >&2 || true
    return 1
  }
}

# pg_ctl -w only checks the socket; make sure TCP on our port answers too.
pg_wait_ready() {
  local _
  for _ in $(seq 1 30); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 1; then
      return 0
    fi
    sleep 1
  done
  echo "ERROR: PostgreSQL not accepting connections on port $PG_PORT" >&2
  return 1
}

# CREATEDB (not superuser) is all the tests need for throwaway databases.
pg_create_role_and_db() {
  as_pg "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 \
    -h "$PG_WORK_DIR" -p "$PG_PORT" -U postgres -d postgres \
    -c "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'" \
    -c "CREATE DATABASE $PG_DATABASE OWNER $PG_USER"
}

pg_start() {
  PG_PORT="$(pick_free_port)"
  log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  pg_initdb
  pg_server_start
  pg_wait_ready
  pg_create_role_and_db
  export MENTORING_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DATABASE"
  export MENTORING_REQUIRE_POSTGRES=1
  log "PostgreSQL ready: $MENTORING_TEST_POSTGRES (data in $PG_WORK_DIR)"
}

# ------------------------------------------------------------ smoke test --

pg_psql_as_app() {
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$PG_PORT user=$PG_USER password=$PG_PASSWORD dbname=$PG_DATABASE" "$@"
}

# Catches auth/privilege mistakes here instead of as dozens of test failures.
pg_smoke_test() {
  local db="mentoring_ci_smoke_$$"
  pg_psql_as_app -t -A -c 'select version()'
  pg_psql_as_app -c "CREATE DATABASE $db" -c "DROP DATABASE $db"
  log "PostgreSQL smoke test passed (connect, CREATE/DROP DATABASE as $PG_USER)"
}

# ------------------------------------------------------------------- stop --

# Safe to call more than once and before pg_start (it is the EXIT trap).
pg_stop() {
  [ -n "$PG_WORK_DIR" ] || return 0
  if [ -f "$PG_WORK_DIR/data/postmaster.pid" ]; then
    log "Stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_WORK_DIR/data" -m fast -w -t 30 >/dev/null ||
      as_pg "$PG_BIN/pg_ctl" stop -D "$PG_WORK_DIR/data" -m immediate -w >/dev/null ||
      warn "could not stop PostgreSQL in $PG_WORK_DIR"
  fi
  rm -rf "$PG_WORK_DIR"
  PG_WORK_DIR=""
}
