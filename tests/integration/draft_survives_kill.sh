#!/bin/bash
# The crash test of the intake (SCENARIOS 6): the real onewindow executable on a real display (Xvfb) and
# a data directory; a clerk reads a card (F2: the simulated reader in demo mode), picks an item by
# pinyin, and the process is killed with SIGKILL halfway. The draft must be in the database exactly as
# entered, and the next start must offer it back.
# Usage: draft_survives_kill.sh <path to onewindow>
set -euo pipefail
exe=$1
for tool in Xvfb xdotool sqlite3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
work=$(mktemp -d)
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
    [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
    pkill -f "onewindow-central.*$work" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb HOME=$work
sleep 1

wait_for_window() { # name pattern, seconds
    for _ in $(seq 1 $(($2 * 4))); do
        if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then return 0; fi
        sleep 0.25
    done
    echo "FAIL: no window named '$1' after $2 s"
    for log in "$work"/*.log; do echo "--- $(basename "$log"):"; cat "$log"; done
    return 1
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }

"$exe" --demo --lang en --data-dir "$work/data" >"$work/first.log" 2>&1 &
app=$!
wait_for_window "OneWindow" 30
sleep 2
wid=$(xdotool search --onlyvisible --name "OneWindow" | head -1)
xdotool windowfocus --sync "$wid"
xdotool mousemove --window "$wid" 600 400 click 1 # no window manager: a click gives the window the focus
sleep 0.5
key ctrl+n                # a new intake
key F2                    # read the card: the simulated reader presents the first demo card
sleep 3                   # the card is read over the pseudo-terminal
key ctrl+Return           # on to the items
xdotool type --delay 80 gtgshsl
sleep 0.5
key Return                # 个体工商户设立登记
key ctrl+Return           # on to the materials
sleep 1

db="$work/data/onewindow.db"
before=$(sqlite3 "$db" "SELECT body FROM intake_drafts WHERE clerk = 'wangli'")
echo "draft before the kill: $before"
echo "$before" | grep -q '"itemCodes":\["HB-JM-010001"\]' || { echo "FAIL: the item is not in the draft"; exit 1; }
echo "$before" | grep -q '"idNumber":"[0-9]\{17\}[0-9X]"' || { echo "FAIL: the card is not in the draft"; exit 1; }
echo "$before" | grep -q '"step":2' || { echo "FAIL: the draft is not at the materials step"; exit 1; }

kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""

# The demo central server (a child process) goes with the killed client instead of staying behind.
for _ in $(seq 1 40); do
    pgrep -f "onewindow-central.*$work" >/dev/null || break
    sleep 0.25
done
if pgrep -f "onewindow-central.*$work" >/dev/null; then
    echo "FAIL: the demo central server outlived the killed client"; exit 1
fi

after=$(sqlite3 "$db" "SELECT body FROM intake_drafts WHERE clerk = 'wangli'")
[ "$before" = "$after" ] || { echo "FAIL: the draft changed across the kill"; echo "$after"; exit 1; }
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = "ok" ] || { echo "FAIL: the database is damaged"; exit 1; }

"$exe" --demo --lang en --data-dir "$work/data" >"$work/second.log" 2>&1 &
app=$!
wait_for_window "Unfinished intake" 30
echo "PASS: the draft survived kill -9 intact and the next start offers it back"
