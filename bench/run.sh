#!/usr/bin/env bash
# Builds the release preset and runs the sandbox benchmark, then the leak check.
# Usage: bench/run.sh [--use-build] [--runs N] [--leak-runs N]
#   --use-build   take the binaries already in build/bin (dev or ci) instead of building
#                 build-release/
#   --runs N      timed runs of each command (default 500)
#   --leak-runs N sandbox runs in a row for the leak check (default 10000)
# Exit status: non-zero when the benchmark could not measure verdict-sandbox or something leaked.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

binDir=build-release/bin
runs=500
leakRuns=10000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --use-build) binDir=build/bin ;;
        --runs) runs="$2"; shift ;;
        --leak-runs) leakRuns="$2"; shift ;;
        *) echo "bench/run.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done

if [[ "$binDir" == build-release/bin ]]; then
    ./scripts/install-deps.sh
    # sandbox_overhead depends on verdict-sandbox, so this builds both.
    ./scripts/build.sh release --target sandbox_overhead
fi
for binary in sandbox_overhead verdict-sandbox; do
    [[ -x "$binDir/$binary" ]] || { echo "bench/run.sh: $binDir/$binary is not built" >&2; exit 2; }
done

status=0
"$binDir/sandbox_overhead" --runs "$runs" --sandbox "$binDir/verdict-sandbox" || status=1
echo
"$binDir/sandbox_overhead" --leak-check "$leakRuns" --sandbox "$binDir/verdict-sandbox" || status=1
exit "$status"
