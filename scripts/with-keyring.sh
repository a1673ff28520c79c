#!/usr/bin/env bash
# Usage: scripts/with-keyring.sh COMMAND...
# Runs COMMAND inside a private D-Bus session with an unlocked gnome-keyring whose
# HOME and XDG folders live in a throwaway folder, so no test ever touches the real
# home (or real keyring) of whoever runs it. The folder is removed afterwards, unless
# SPOKE_KEYRING_HOME names a folder to keep it in (the demo keeps its key across runs).
set -euo pipefail

if [[ -z ${SPOKE_KEYRING_INNER:-} ]]; then
    if [[ -n ${SPOKE_KEYRING_HOME:-} ]]; then
        sandbox=$SPOKE_KEYRING_HOME
    else
        sandbox=$(mktemp -d "${TMPDIR:-/tmp}/spoke-keyring.XXXXXX")
        trap 'rm -rf "$sandbox"' EXIT
    fi
    mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime"
    chmod 700 "$sandbox/runtime"
    status=0
    HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
        XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" SPOKE_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session: start the keyring daemon unlocked with a throwaway password.
eval "$(printf 'spoke-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
# The login collection must exist and be unlocked before the first client asks for it.
for _ in $(seq 50); do
    if printf probe | secret-tool store --label=spoke-probe spoke probe 2>/dev/null; then
        secret-tool clear spoke probe 2>/dev/null || true
        break
    fi
    sleep 0.1
done
"$@"
