#!/usr/bin/env bash
# Builds and runs the QSQLCIPHER driver benchmark (bench/driver): the same workload
# through QSQLCIPHER keyed, QSQLCIPHER unkeyed and Qt's QSQLITE (in its own process),
# printing the median time per phase, the ratios keyed/unkeyed (budget <= 1.2x) and
# unkeyed/QSQLITE (budget <= 1.1x), and the time to open and unlock a keyed database.
#
#   bench/run-driver-bench.sh [--rows N] [--repeat R] [--dir DIR] [--synchronous MODE] ...
#
# SPOKE_BENCH_PRESET selects the build tree (default: release, configured if missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
preset=${SPOKE_BENCH_PRESET:-release}
build="build/$preset"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake --preset "$preset" >/dev/null
fi
# One build at a time on this machine; only the benchmark's own targets.
flock /tmp/spoke-build.lock cmake --build "$build" --target spoke_bench_driver spoke_bench_driver_qsqlite >&2
exec "$build/bench/driver/spoke_bench_driver" "$@"
