#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the server tests and prints its connection URL on stdout:
#   export ONEWINDOW_TEST_PG=$(bash tests/server/start-postgres.sh)
#   ctest --preset ci -L server
#   bash tests/server/start-postgres.sh stop      # stops the cluster and deletes its folder
# A second call while the cluster runs prints the same URL.
# The cluster lives in a temporary folder, listens only on a unix socket there (no TCP port, so it
# cannot clash with another PostgreSQL), trusts local connections, runs with fsync off, and has a
# superuser "owtest" (the tests create and drop one database per test case). PostgreSQL refuses to
# run as root: as root the cluster runs as the "postgres" user (created by the Debian package).
set -euo pipefail

state_file=${TMPDIR:-/tmp}/onewindow-test-pg.dir

if [ "${1:-}" = stop ]; then
    [ -f "$state_file" ] || exit 0
    dir=$(cat "$state_file")
    bin=$(cat "$dir/bin")
    as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$(stat -c %U "$dir/data")" -- "$@"; else "$@"; fi; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state_file"
    exit 0
fi

# Already running (a second call, e.g. from another shell): print its URL again.
if [ -f "$state_file" ] && [ -f "$(cat "$state_file")/url" ]; then
    dir=$(cat "$state_file")
    status=("$(cat "$dir/bin")/pg_ctl" -D "$dir/data" status)
    [ "$(id -u)" -ne 0 ] || status=(runuser -u "$(stat -c %U "$dir/data")" -- "${status[@]}") # pg_ctl refuses root
    if "${status[@]}" >/dev/null 2>&1; then
        cat "$dir/url"
        exit 0
    fi
fi

bin=${PG_BIN:-}
if [ -z "$bin" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "start-postgres: no PostgreSQL server binaries (install postgresql-15)" >&2
    exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/onewindow-pg.XXXXXX")
chmod 755 "$dir"
echo "$bin" >"$dir/bin"
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    chown "$owner" "$dir"
fi
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }

as_owner "$bin/initdb" -D "$dir/data" -U owtest --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
port=5432
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
}
echo "$dir" >"$state_file"
"$bin/psql" -h "$dir" -p "$port" -U owtest -d postgres -qtAc "CREATE DATABASE owtest" >/dev/null
echo "postgres://owtest@localhost/owtest?host=$dir&port=$port" | tee "$dir/url"
