#!/usr/bin/env bash
# The packaging step of CI (issue 8), run by `scripts/setup.sh test` after the ci build, as root:
#   bash scripts/package-check.sh [build-dir]      (default build/ci, configured and built)
# 1. builds the Debian packages with cpack, 2. lints them (lintian: no errors), 3. installs them with
# apt-get, 4. runs the installed `onewindow --version` and `onewindow --check` (offscreen), 5. starts
# the installed /usr/bin/onewindow-central as its system user and asks its health endpoint, then runs
# --check against it, 6. purges the packages again. Exit status 0 when every step passed.
#
# `--check` exit status in CI: a window without a site configuration must report a PROBLEM and exit
# 1; with a site configured in a trial directory (ONEWINDOW_SITE_CONFIG_DIR) and the server running
# it must exit 0 (no printer and no reader are only warnings or notes).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
if [ ! -f "$build/CPackConfig.cmake" ]; then
    echo "package-check: $build has no CPack configuration; configure and build it first" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "package-check: installing packages needs root" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
work=$(mktemp -d /tmp/onewindow-package-check.XXXXXX)
chmod 755 "$work"
server_pid=
status=0

step() { echo "package-check: $*"; }
fail() {
    echo "package-check: FAILED: $*" >&2
    status=1
}
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    if dpkg-query -W -f='${Status}' onewindow onewindow-central 2>/dev/null | grep -q installed; then
        step "removing the packages"
        apt-get purge -y -qq onewindow onewindow-central >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "building the packages in $build"
targets=(onewindow onewindow_package_files)
if cmake --build "$build" --target help 2>/dev/null | grep -q '^onewindow-central:'; then
    targets+=(onewindow-central)
fi
cmake --build "$build" --target "${targets[@]}" >/dev/null
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    exit 1
}
mapfile -t debs < <(find "$(realpath "$build/packages")" -maxdepth 1 -name '*.deb' | sort)
if ((${#debs[@]} == 0)); then
    echo "package-check: cpack made no package" >&2
    exit 1
fi
for deb in "${debs[@]}"; do
    step "built $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
done

step "lintian (errors fail, warnings are shown)"
lintian --fail-on error --tag-display-limit 0 "${debs[@]}" || fail "lintian reports errors"

step "installing with apt-get"
apt-get install -y -qq --no-install-recommends "${debs[@]}" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    exit 1
}

step "installed onewindow --version"
/usr/bin/onewindow --version | grep -qx "onewindow $version" || fail "onewindow --version does not say $version"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/org.onewindow.OneWindow.metainfo.xml >/dev/null ||
        fail "AppStream metadata invalid"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/org.onewindow.OneWindow.desktop || fail "desktop entry invalid"
fi

# --check with a trial site directory and an empty home, so the machine's own configuration plays no part.
check() { # expected-status report-file
    local expected=$1 report=$2 got=0
    env -u DISPLAY -u WAYLAND_DISPLAY ONEWINDOW_SITE_CONFIG_DIR="$work/etc" XDG_CONFIG_HOME="$work/home" \
        QT_QPA_PLATFORM=offscreen /usr/bin/onewindow --check --lang en --data-dir "$work/data" >"$report" 2>&1 ||
        got=$?
    if [ "$got" -ne "$expected" ]; then
        cat "$report" >&2
        fail "onewindow --check exited with $got, expected $expected"
        return 1
    fi
}
mkdir -p "$work/etc/OneWindow" "$work/home"

step "installed onewindow --check on an unconfigured window: exit status 1, the site named"
if check 1 "$work/check-unconfigured.txt"; then
    grep -q '\[PROBLEM\] Site: This window is not configured yet' "$work/check-unconfigured.txt" ||
        fail "the report does not name the missing site configuration"
fi

server_url=
if dpkg-query -W -f='${Status}' onewindow-central 2>/dev/null | grep -q "ok installed"; then
    step "onewindow-central: system user, data directory, unit"
    getent passwd onewindow >/dev/null || fail "no system user onewindow"
    [ "$(stat -c %U:%a /var/lib/onewindow-central)" = onewindow:750 ] || fail "/var/lib/onewindow-central is not onewindow's, 0750"
    if command -v systemd-analyze >/dev/null; then
        systemd-analyze verify /lib/systemd/system/onewindow-central.service 2>"$work/unit.log" ||
            { cat "$work/unit.log" >&2; fail "the systemd unit does not verify"; }
    fi

    step "starting the installed /usr/bin/onewindow-central as the user onewindow"
    install -d -o onewindow -g onewindow -m 0750 "$work/central"
    runuser -u onewindow -- /usr/bin/onewindow-central --listen 127.0.0.1 --port 0 --data-dir "$work/central" \
        >"$work/central.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        server_url=$(sed -n 's/^onewindow-central listening on \(http[^ ]*\).*/\1/p' "$work/central.log" | head -n1)
        [ -n "$server_url" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    server_url=${server_url%/}
    if [ -z "$server_url" ]; then
        cat "$work/central.log" >&2
        fail "onewindow-central did not say where it listens"
    elif ! curl -fsS --max-time 5 "$server_url/api/v1/health" >"$work/health.json"; then
        fail "GET $server_url/api/v1/health failed"
    else
        step "health: $(cat "$work/health.json")"
    fi
else
    step "onewindow-central is not packaged (no server target in this build): skipping the server"
fi

step "installed onewindow --check on a configured window${server_url:+ against $server_url}: exit status 0"
cat >"$work/etc/OneWindow/onewindow.conf" <<EOF
[site]
hallName=荆门市政务服务中心
regionCode=420800
hall=1
[devices]
readerKind=none
[server]
url=$server_url
EOF
printf '[site]\nwindow=7\n' >"$work/etc/OneWindow/window.conf"
if check 0 "$work/check-configured.txt"; then
    grep -q '\[OK *\] Site: window 7' "$work/check-configured.txt" || fail "the report does not show window 7"
    if [ -n "$server_url" ]; then
        grep -q '\[OK *\] Health: .* answered in' "$work/check-configured.txt" ||
            fail "the report does not show the server's health"
    fi
    sed 's/^/    /' "$work/check-configured.txt"
fi
if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
fi

step "purging the packages"
apt-get purge -y -qq onewindow onewindow-central >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    fail "apt-get purge failed"
}
[ ! -e /usr/bin/onewindow ] || fail "/usr/bin/onewindow is still there after purge"
if [ ! -d /run/systemd/system ]; then # where systemd runs, the started service has written its database there
    [ ! -e /var/lib/onewindow-central ] || fail "the empty /var/lib/onewindow-central was left after purge"
fi

if [ "$status" -eq 0 ]; then
    step "all passed"
fi
exit $status
