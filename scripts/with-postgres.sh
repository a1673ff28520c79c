#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL 15 cluster:
#   scripts/with-postgres.sh ctest --test-dir build/dev -R hub
# It makes a cluster in a temporary folder (initdb), starts it on a free port on 127.0.0.1
# with password authentication, exports
#   SPOKE_TEST_PG_URL=postgresql://postgres:<password>@127.0.0.1:<port>/postgres
# runs the command, and always stops and removes the cluster, whatever the command did.
# As root (CI) the server runs as the postgres user (runuser); otherwise as the current user.
# The exit code is the command's.
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

pgbin=${SPOKE_PG_BIN:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_ctl; do
    [[ -x $pgbin/$tool ]] || { echo "with-postgres: $pgbin/$tool not found (apt-get install postgresql)" >&2; exit 2; }
done

# Under /tmp so that the postgres user can reach it even when the caller's home is private.
dir=$(mktemp -d /tmp/spoke-pg.XXXXXX)
as_owner=()
if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || { echo "with-postgres: no postgres user (apt-get install postgresql)" >&2; exit 2; }
    chown postgres: "$dir"
    as_owner=(runuser -u postgres --)
fi
chmod 700 "$dir"

started=0
cleanup() {
    local status=$?
    if ((started)); then
        "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$dir/pw"
[[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$dir/pw"
"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres -E UTF8 --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$dir/pw" >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; echo "with-postgres: initdb failed" >&2; exit 2; }
rm -f "$dir/pw"

# A free port: try random ones until the server starts (another run may hold one).
for _ in $(seq 20); do
    port=$((20000 + RANDOM % 30000))
    if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if ((!started)); then
    cat "$dir/server.log" >&2 2>/dev/null || true
    echo "with-postgres: the server did not start" >&2
    exit 2
fi

export SPOKE_TEST_PG_URL="postgresql://postgres:$password@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port (data in $dir, removed afterwards)" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
