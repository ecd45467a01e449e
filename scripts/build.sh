#!/usr/bin/env bash
# Configures and builds Verdict with a CMake preset (dev, ci, release, asan, tsan; default dev).
# Extra arguments go to `cmake --build`, e.g. `scripts/build.sh dev --target verdict-sandbox`.
# On a shared machine, set VERDICT_BUILD_LOCK=/tmp/verdict-build.lock so builds take turns.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset="${1:-dev}"
if [[ $# -gt 0 ]]; then shift; fi

lock=()
if [[ -n "${VERDICT_BUILD_LOCK:-}" ]]; then
    lock=(flock "$VERDICT_BUILD_LOCK")
fi

"${lock[@]}" cmake --preset "$preset"
"${lock[@]}" cmake --build --preset "$preset" -j"$(nproc)" "$@"
