#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (the Secret Service a
# desktop has) and a throw-away HOME, so that keychain tests need no desktop and touch no real keyring.
exec dbus-run-session -- sh -c '
    HOME=$(mktemp -d) || exit 1
    export HOME
    mkdir -p "$HOME/.local/share/keyrings"
    eval "$(printf onewindow-test | gnome-keyring-daemon --unlock --components=secrets | sed "s/^/export /")"
    "$@"
    status=$?
    rm -rf "$HOME"
    exit $status' with-keyring "$@"
