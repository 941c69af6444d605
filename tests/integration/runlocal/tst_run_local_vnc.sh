#!/usr/bin/env bash
# The README's run command on a machine without a display serves the counter's window over
# VNC. That window shows national codes, mobiles and names, so the VNC port must be bound to
# the loopback interface only: nobody on the office network may connect to it.
#
# 1. The script's own command line: x11vnc with -localhost, never Qt's vnc platform plugin
#    (which listens on every interface without a password).
# 2. The real thing, headless: the script runs with no DISPLAY and a stand-in program instead
#    of the app (PISHKHAN_RUN_APP, which also skips installing and building); then every
#    listening socket on the VNC port must be 127.0.0.1 or ::1, a connection to another
#    address of this machine must fail, and stopping the script must release the port.
set -uo pipefail

source_dir=${1:?usage: tst_run_local_vnc.sh SOURCE_DIR}
script=$source_dir/installer/run-local.sh
fail() { echo "FAIL: $*" >&2; exit 1; }

grep -Eq '^[^#]*QT_QPA_PLATFORM=.?vnc' "$script" &&
    fail "run-local.sh serves over Qt's vnc plugin, which listens on every interface"
vnc_line=$(grep -E '^[^#]*\bx11vnc\b.*-rfbport' "$script") || fail "run-local.sh starts no x11vnc"
[[ "$vnc_line" == *" -localhost"* ]] || fail "x11vnc is not limited to loopback: $vnc_line"
echo "PASS: run-local.sh starts x11vnc with -localhost"

for tool in Xvfb x11vnc ss; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

# A free port: the script must use the one it is given, and a test never takes 5900 from a
# developer's running counter.
port=""
for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 20000))
    if [[ -z "$(ss -ltnH "( sport = :$candidate )")" ]]; then
        port=$candidate
        break
    fi
done
[[ -n "$port" ]] || fail "no free port found"

work=$(mktemp -d "${TMPDIR:-/tmp}/tst-run-local.XXXXXX")
script_pid=""
cleanup() {
    [[ -n "$script_pid" ]] && kill "$script_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS=unused \
    PISHKHAN_RUN_APP=sleep PISHKHAN_VNC_PORT=$port \
    bash "$script" 60 >"$work/out" 2>"$work/err" &
script_pid=$!

listeners=""
for _ in $(seq 150); do
    listeners=$(ss -ltnH "( sport = :$port )" | awk '{print $4}')
    [[ -n "$listeners" ]] && break
    kill -0 "$script_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$listeners" ]]; then
    cat "$work/out" "$work/err" >&2
    fail "nothing listens on port $port"
fi
echo "listening on port $port: $(echo $listeners)"
while read -r address; do
    case "$address" in
    127.0.0.1:$port | "[::1]:$port") ;;
    *) fail "VNC port reachable beyond loopback: $address" ;;
    esac
done <<<"$listeners"
echo "PASS: VNC listens on loopback only"

for ip in $(hostname -I 2>/dev/null); do
    [[ "$ip" == 127.* || "$ip" == ::1 ]] && continue
    [[ "$ip" == *:* ]] && target="[$ip]" || target=$ip
    if timeout 3 bash -c "exec 3<>/dev/tcp/$ip/$port" 2>/dev/null; then
        fail "connected to the VNC port through $target"
    fi
done
echo "PASS: no connection through the machine's other addresses"

grep -q "ssh -L $port:localhost:$port" "$work/out" || fail "the script does not say how to reach it"

kill "$script_pid"
wait "$script_pid" 2>/dev/null
script_pid=""
for _ in $(seq 50); do
    [[ -z "$(ss -ltnH "( sport = :$port )")" ]] && break
    sleep 0.1
done
[[ -z "$(ss -ltnH "( sport = :$port )")" ]] || fail "x11vnc outlived the script"
echo "PASS: stopping the script stops the VNC server"
