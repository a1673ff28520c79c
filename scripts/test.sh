#!/usr/bin/env bash
# Runs every test of Spoke on a fresh Debian 12 machine:
#   installs the Debian packages (scripts/setup.sh), checks formatting, builds with the
#   asan preset (AddressSanitizer + UBSan, warnings as errors), runs every CTest suite
#   with real peers (gnome-keyring in a private D-Bus session, a throwaway PostgreSQL
#   cluster from scripts/with-postgres.sh, the hub over TLS), then builds the .deb and
#   checks its contents.
# SPOKE_PRESET=dev scripts/test.sh runs the same against the faster dev build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
preset=${SPOKE_PRESET:-asan}

bash scripts/setup.sh
bash scripts/check-format.sh

cmake --preset "$preset"
# One build at a time on this machine: builds from other shells wait here.
flock /tmp/spoke-build.lock cmake --build "build/$preset"

# Sanitizers: stop at the first error; leak reports from the system's own libraries
# (fontconfig, D-Bus, OpenSSL caches) are suppressed by name in tests/lsan.supp.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"

# The keychain and PostgreSQL tests must run, never skip, here.
export SPOKE_REQUIRE_KEYCHAIN=1
export SPOKE_REQUIRE_PG=1

results="$root/build/$preset/test-results"
mkdir -p "$results"
bash scripts/with-postgres.sh bash scripts/with-keyring.sh \
    ctest --test-dir "build/$preset" --output-on-failure --timeout 600 -j2 --output-junit "$results/ctest.xml"

if [[ -x scripts/check-package.sh ]]; then
    bash scripts/check-package.sh
fi
echo "test: all green ($preset)"
