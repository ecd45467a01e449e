#!/usr/bin/env bash
# Builds the libFuzzer target with clang (the project itself builds with g++, so this is its own
# small build of just the parsing sources) and runs it for SECONDS on the committed seed corpus.
# Fails on a crash, a sanitizer report or a broken invariant (the input is kept in OUT_DIR).
# Exit 77 (skipped) when clang or libFuzzer is missing: scripts/install-deps.sh fuzz.
#
# Usage: run_fuzzer.sh SOURCE_DIR OUT_DIR SECONDS
set -euo pipefail
source_dir=$1 out_dir=$2 seconds=$3

compiler=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z "$compiler" ]]; then
    echo "clang++ is not installed: run scripts/install-deps.sh fuzz" >&2
    exit 77
fi
mkdir -p "$out_dir/corpus"
probe="$out_dir/probe.cpp"
echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' >"$probe"
if ! "$compiler" -fsanitize=fuzzer "$probe" -o "$out_dir/probe" 2>/dev/null; then
    echo "$compiler cannot link libFuzzer: install libclang-rt-14-dev (install-deps.sh fuzz)" >&2
    exit 77
fi

"$compiler" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=all \
    -I "$source_dir/server/http/src" \
    -I "$source_dir/server/api/include" \
    -I "$source_dir/server/store/include" \
    "$source_dir/tests/fuzz/request_fuzzer.cpp" \
    "$source_dir/server/http/src/client_message.cpp" \
    "$source_dir/server/api/src/http_types.cpp" \
    -o "$out_dir/request_fuzzer"

# New inputs go to the first directory (in the build tree); the seeds are only read.
"$out_dir/request_fuzzer" "$out_dir/corpus" "$source_dir/tests/fuzz/corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out_dir/" -print_final_stats=1
