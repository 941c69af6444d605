#!/usr/bin/env bash
# Runs one command inside a private desktop session, so tests depend on nothing left running
# on the machine and can run in parallel:
#   --keyring   a private D-Bus session bus with gnome-keyring's Secret Service, unlocked
#   --display   an Xvfb X server (skipped when DISPLAY is already set and --display is not forced)
#   --home DIR  keep HOME (and with it the keyring and the app's data) in DIR instead of a
#               throw-away folder; used by the README's run command so the store key persists
# Usage: session.sh [--keyring] [--display] [--home DIR] [--] COMMAND [ARG...]
set -euo pipefail

keyring=0
display=0
home=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --keyring) keyring=1; shift ;;
    --display) display=1; shift ;;
    --home) home=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
    esac
done
[[ $# -gt 0 ]] || { echo "usage: session.sh [--keyring] [--display] [--home DIR] [--] COMMAND" >&2; exit 2; }

cleanup_home=""
if [[ -z "$home" ]]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/pishkhan-session.XXXXXX")
    cleanup_home=$home
fi
mkdir -p "$home"
home=$(cd "$home" && pwd)
export HOME=$home
export XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
export XDG_RUNTIME_DIR=$home/.run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

children=()
finish() {
    local rc=$?
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ -n "$cleanup_home" ]] && rm -rf "$cleanup_home"
    exit $rc
}
trap finish EXIT INT TERM

if [[ $display -eq 1 ]]; then
    # Pick a free display number; Xvfb -displayfd tells us which one it took.
    fifo=$(mktemp -u "$XDG_RUNTIME_DIR/xvfb.XXXXXX")
    mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    children+=($!)
    read -r dpy <"$fifo"
    rm -f "$fifo"
    export DISPLAY=":$dpy"
    export QT_QPA_PLATFORM=xcb
fi

if [[ $keyring -eq 1 ]]; then
    # The keyring password only protects the throw-away (or dev) login keyring on disk.
    # The daemon leaves when the private bus goes away at the end of dbus-run-session.
    inner='eval "$(printf %s pishkhan-session | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
           exec "$@"'
    dbus-run-session -- bash -c "$inner" session "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
else
    "$@"
fi
