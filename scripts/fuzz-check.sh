#!/bin/bash
# Builds the libFuzzer targets under tests/fuzz with clang (ASan + UBSan + libFuzzer) and runs each for
# a bounded time on a scratch copy of its seed corpus, as many at once as there are cores. Fails on any
# crash, sanitizer report or hang (libFuzzer's -timeout).
#   bash scripts/fuzz-check.sh [seconds per target, default 30] [build directory, default build/fuzz]
# `scripts/setup.sh test` runs it for 20 s a target on build/asan (the asan preset builds the fuzz
# targets beside the sanitized unit tests). A build directory that does not exist yet is configured
# here: clang-14, Debug, ASan + UBSan, fuzz targets only.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=${2:-build/fuzz}
if ! command -v clang++-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "fuzz-check: needs clang-14 and libclang-rt-14-dev (apt-get install them as root)" >&2
        exit 2
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev
fi
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
        -DONEWINDOW_BUILD_FUZZ=ON -DONEWINDOW_SANITIZE=ON -DONEWINDOW_BUILD_TESTS=OFF \
        -DONEWINDOW_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target fuzz -j "$(nproc)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fuzz() { # target: runs it on a scratch corpus; its output goes to $work/<name>.log, its status to .status
    local target=$1 name
    name=$(basename "$target")
    mkdir "$work/$name"
    if [ -d "tests/fuzz/corpus/$name" ]; then cp -r "tests/fuzz/corpus/$name/." "$work/$name/"; fi
    local got=0
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 "$target" -max_total_time="$seconds" \
        -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 "$work/$name" >"$work/$name.log" 2>&1 || got=$?
    echo "$got" >"$work/$name.status"
}
targets=()
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] && targets+=("$target")
done
if ((${#targets[@]} == 0)); then
    echo "fuzz-check: no fuzz targets in $build/tests/fuzz" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, $(nproc) at a time"
for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= $(nproc))); do wait -n || true; done
    fuzz "$target" &
done
wait
status=0
for target in "${targets[@]}"; do
    name=$(basename "$target")
    if [ "$(cat "$work/$name.status")" != 0 ]; then
        echo "fuzz: $name FAILED"
        tail -40 "$work/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$name.log" | sed "s/^/fuzz: $name /"
    fi
done
exit $status
