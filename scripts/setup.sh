#!/usr/bin/env bash
# One-command set-up for a Debian 12 machine (run as root, from the top of the clone):
#   bash scripts/setup.sh demo   install dependencies, build, start `onewindow --demo`
#   bash scripts/setup.sh test   install dependencies, build, run every test headless
# Both are idempotent: a second run installs nothing new and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
demo | test) ;;
*)
    echo "usage: bash scripts/setup.sh demo|test" >&2
    exit 64
    ;;
esac

packages=(
    ca-certificates git cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libzxing-dev catch2 libssl-dev
    qt6-serialport-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    libqt6opengl6-dev qt6-qpa-plugins
    libzbar-dev
    xvfb xauth fonts-noto-cjk gnome-keyring dbus dbus-x11 poppler-utils unicode-data bzip2 clang-format
    xdotool sqlite3
    lintian dpkg-dev curl appstream desktop-file-utils
    postgresql-15
    clang-14 libclang-rt-14-dev
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        if [ "$(id -u)" -ne 0 ]; then
            echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
            exit 1
        fi
        echo "setup: installing ${#missing[@]} Debian package(s)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

jobs=$(nproc)

build() { # preset [target...]
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs" ${1:+--target "$@"}
}

# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, as a user's desktop has.
with_keyring() {
    dbus-run-session -- bash -c '
        export HOME=$(mktemp -d); mkdir -p "$HOME/.local/share/keyrings"
        eval "$(printf onewindow-test | gnome-keyring-daemon --unlock --components=secrets | sed "s/^/export /")"
        "$@"' with_keyring "$@"
}

install_packages

if [ "$mode" = demo ]; then
    build dev
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: built build/dev/app/onewindow, but this machine has no display."
        echo "setup: run it under a virtual display:  xvfb-run -a build/dev/app/onewindow --demo"
        exit 0
    fi
    exec build/dev/app/onewindow --demo
fi

export QT_QPA_PLATFORM=offscreen
status=0
build ci
# A throwaway PostgreSQL cluster for the reference server's tests (the same suite runs on SQLite).
if [ "$(id -u)" -eq 0 ] || id postgres >/dev/null 2>&1; then
    ONEWINDOW_TEST_PG=$(bash tests/server/start-postgres.sh) && export ONEWINDOW_TEST_PG
    trap 'bash tests/server/start-postgres.sh stop >/dev/null 2>&1 || true' EXIT
fi
with_keyring ctest --preset ci -j "$jobs" || status=1
if [ "$(id -u)" -eq 0 ]; then
    echo "setup: Debian packages: build, lint, install, run, remove"
    # A window PC has a desktop session with its keyring: the installed --check looks for the keychain.
    with_keyring bash scripts/package-check.sh build/ci || status=1
fi
echo "setup: unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer (clang), and the fuzz targets"
# A build/asan configured before the preset moved to clang: CMake's compiler switch fails the first
# configure, so start its cache afresh (everything in it is rebuilt with the new compiler anyway).
if [ -f build/asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-14$' build/asan/CMakeCache.txt; then
    rm -rf build/asan/CMakeCache.txt build/asan/CMakeFiles
fi
build asan unit_tests fuzz
with_keyring ctest --preset asan -j "$jobs" || status=1
echo "setup: every libFuzzer target for 20 seconds"
bash scripts/fuzz-check.sh 20 build/asan || status=1
exit $status
