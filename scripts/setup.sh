#!/usr/bin/env bash
# Installs every Debian package Spoke needs to build, run and test.
# Idempotent, non-interactive; must run as root (CI does) or through sudo.
set -euo pipefail

if [[ $(id -u) -ne 0 ]]; then
    exec sudo -E "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
    build-essential cmake ninja-build pkg-config dpkg-dev clang-format git
    qt6-base-dev qt6-base-private-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsodium-dev libphonenumber-dev gnome-keyring dbus dbus-x11 libsecret-tools
    postgresql xvfb xauth poppler-utils openssl file
    fonts-dejavu-core fonts-noto-cjk fonts-noto-core
    desktop-file-utils appstream libxml2-utils systemd  # scripts/check-package.sh validators
)
BACKPORTS_PACKAGES=(libsqlcipher-dev sqlcipher)

stamp=/var/lib/spoke-setup.stamp
want="$(printf '%s\n' "${PACKAGES[@]}" "${BACKPORTS_PACKAGES[@]}" | sha256sum | cut -d' ' -f1)"
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]] && dpkg -s "${PACKAGES[@]}" "${BACKPORTS_PACKAGES[@]}" >/dev/null 2>&1; then
    echo "setup: all packages present"
    exit 0
fi

# SQLCipher 4.6 lives in bookworm-backports; plain bookworm's 3.4.1 is too old.
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo 'deb http://deb.debian.org/debian bookworm-backports main' \
        >/etc/apt/sources.list.d/spoke-bookworm-backports.list
fi

apt-get update -q
apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
apt-get install -y -q --no-install-recommends -t bookworm-backports "${BACKPORTS_PACKAGES[@]}"

ver="$(dpkg-query -W -f='${Version}' libsqlcipher-dev)"
if ! dpkg --compare-versions "$ver" ge 4.6; then
    echo "setup: libsqlcipher-dev $ver is older than 4.6; refusing to continue" >&2
    exit 1
fi
echo "$want" >"$stamp"
echo "setup: done (SQLCipher $ver)"
