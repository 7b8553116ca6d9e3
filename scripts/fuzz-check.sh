#!/bin/bash
# Builds the libFuzzer targets under tests/fuzz with clang (ASan + UBSan + libFuzzer) and runs each for
# a bounded time on a scratch copy of its seed corpus. Fails on any crash, leak of a sanitizer report,
# or hang (libFuzzer's -timeout). Usage: scripts/fuzz-check.sh [seconds per target, default 30]
# Not part of `scripts/setup.sh test`: with it the test command took 32 minutes on 2 cores, over the
# 30-minute budget of CI (the clang build of core and devices is most of it).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=build/fuzz
if ! command -v clang++-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "fuzz-check: needs clang-14 and libclang-rt-14-dev (apt-get install them as root)" >&2
        exit 2
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev
fi
if [ ! -f "$build/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DONEWINDOW_BUILD_FUZZ=ON -DONEWINDOW_SANITIZE=ON -DONEWINDOW_BUILD_TESTS=OFF \
        -DONEWINDOW_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target fuzz -j "$(nproc)"
status=0
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    scratch=$(mktemp -d)
    [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$scratch/"
    echo "fuzz: $name for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=0 "$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -print_final_stats=1 "$scratch" >"$scratch.log" 2>&1; then
        echo "fuzz: $name FAILED"; tail -40 "$scratch.log"; status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch.log" | sed "s/^/fuzz: $name /"
    fi
    rm -rf "$scratch" "$scratch.log"
done
exit $status
