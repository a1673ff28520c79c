#!/usr/bin/env bash
# Runs Spoke on a fresh Debian 12 machine: installs the packages it needs, builds the
# release tree, starts a local Spoke Hub over TLS (a CA generated in the demo folder), makes
# the demo location on the hub and enrolls the demo profile with it (once), and opens Spoke
# on the demo location (owner Dana Whitfield, PIN 1234), which then syncs with the hub.
#
# With no display it runs under Xvfb and writes a screenshot of each screen to a folder
# whose path it prints. SPOKE_DEMO_DIR chooses the demo folder (default build/demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/setup.sh
cmake --preset release >/dev/null
flock /tmp/spoke-build.lock cmake --build build/release --target spoke spoke-hub qsqlcipher

demo=${SPOKE_DEMO_DIR:-$root/build/demo}
mkdir -p "$demo/hub" "$demo/pki" "$demo/keyring"
chmod 700 "$demo" "$demo/keyring"

# A private CA and a certificate for the local hub, made once.
pki=$demo/pki
if [[ ! -f $pki/hub.crt ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=Spoke Demo CA" \
        -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$pki/hub.key" -out "$pki/hub.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$pki/ext.cnf"
    openssl x509 -req -in "$pki/hub.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
        -days 825 -extfile "$pki/ext.cnf" -out "$pki/hub.crt" 2>/dev/null
    chmod 600 "$pki"/*.key
fi

hub_log=$demo/hub/hub.log
# The demo profile is enrolled with https://127.0.0.1:PORT, so the hub keeps the port it got
# the first time (kept in the demo folder).
hub_port=$(cat "$demo/hub/port" 2>/dev/null || echo 0)
./build/release/hub/spoke-hub --cert "$pki/hub.crt" --key "$pki/hub.key" --listen 127.0.0.1 --port "$hub_port" \
    --data-dir "$demo/hub" >"$demo/hub/stdout" 2>"$hub_log" &
hub_pid=$!
cleanup() { kill -TERM "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do
    grep -q 'listening on' "$demo/hub/stdout" 2>/dev/null && break
    sleep 0.1
done
echo "$(grep -m1 'listening on' "$demo/hub/stdout" || echo 'spoke-hub did not start; see '"$hub_log")"
hub_url=$(sed -n 's/.*listening on \(https:[^ ]*\).*/\1/p' "$demo/hub/stdout" | head -n1)
[[ -n $hub_url ]] && echo "${hub_url##*:}" >"$demo/hub/port"

export QT_PLUGIN_PATH="$root/build/release/plugins${QT_PLUGIN_PATH:+:$QT_PLUGIN_PATH}"
spoke=(./build/release/app/spoke --data-dir "$demo/data" --demo)

# The demo's database key lives in a keychain. With a desktop session, that is the
# user's own; without one, a private gnome-keyring kept in the demo folder.
run_spoke() {
    if [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} && -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        "$@"
    else
        SPOKE_KEYRING_HOME="$demo/keyring" bash scripts/with-keyring.sh "$@"
    fi
}

# Head office's side, once: the demo location on the hub and a one-time code, which the demo
# profile trades for its device token (kept in the keychain) with `spoke enroll`.
enrolled=$demo/data/hub-enrolled
if [[ -n $hub_url && "$(cat "$enrolled" 2>/dev/null)" != "$hub_url" ]]; then
    hub_admin=(./build/release/hub/spoke-hub --data-dir "$demo/hub" admin)
    location_id=$(cat "$demo/hub/location-id" 2>/dev/null || true)
    if [[ -z $location_id ]]; then
        location_id=$("${hub_admin[@]}" add-location "Riverside Cleaning (demo)" --json |
            sed -n 's/.*"location_id": "\([^"]*\)".*/\1/p')
        echo "$location_id" >"$demo/hub/location-id"
    fi
    code=$("${hub_admin[@]}" enroll-code "$location_id" --json | sed -n 's/.*"code": "\([^"]*\)".*/\1/p')
    if printf '1234\n' | run_spoke "${spoke[@]}" enroll --hub "$hub_url" --code "$code" --hub-ca "$pki/ca.crt" \
        --device-name "Demo front desk" --user "Dana Whitfield"; then
        echo "$hub_url" >"$enrolled"
    else
        echo "The demo location could not enroll with the local hub; Spoke runs on its own." >&2
    fi
fi

if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    run_spoke "${spoke[@]}"
else
    shots=$demo/screenshots
    mkdir -p "$shots"
    run_spoke xvfb-run -a -s '-screen 0 1280x800x24' "${spoke[@]}" --screenshots "$shots"
    echo "No display: screenshots of each screen are in $shots"
    ls "$shots"
fi
