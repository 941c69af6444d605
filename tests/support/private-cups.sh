#!/usr/bin/env bash
# A private CUPS server with one cups-pdf queue, for the system-printer test. Nothing of the
# machine's own CUPS is used or changed except one queue-named cups-pdf config (cups-pdf reads
# its configuration only from /etc/cups, by queue name), removed again by "stop".
#
#   private-cups.sh start DIR QUEUE   starts cupsd -f on the socket DIR/cups.sock, adds QUEUE
#                                     (cups-pdf, output in DIR/out); prints the socket path
#   private-cups.sh queue DIR QUEUE   adds QUEUE again to the running server (after lpadmin -x)
#   private-cups.sh stop DIR QUEUE    stops that cupsd and removes the queue's config
#
# Needs root (cupsd runs its backends as root) and the packages cups, printer-driver-cups-pdf.
# Exit 3 when something the machine lacks makes a private server impossible (the reason on
# stderr), so the test can say why instead of failing.
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?directory}
queue=${3:?queue name}
socket=$dir/cups.sock
pdfconf=/etc/cups/cups-pdf-$queue.conf

# Exit 3 (the test skips) only where no print server can be started by design: not root.
# Everything else is installed by installer/install-deps.sh, so its absence is a failure.
unavailable() {
    echo "private-cups: $*" >&2
    exit 3
}

broken() {
    echo "private-cups: $*" >&2
    exit 1
}

ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
add_queue() {
    export CUPS_SERVER=$socket
    # The URI names the config: cups-pdf:/NAME reads /etc/cups/cups-pdf-NAME.conf.
    lpadmin -p "$queue" -v "cups-pdf:/$queue" -P "$ppd" -E 2>/dev/null
    # Qt hands CUPS a PDF and cups-pdf takes PostScript: cairo's PostScript keeps the glyphs'
    # Unicode names, so the PDF cups-pdf writes still reads back as text (Ghostscript's does not).
    lpadmin -p "$queue" -o pdftops-renderer-default=pdftocairo
    cupsenable "$queue"
    cupsaccept "$queue"
}

if [[ $cmd == queue ]]; then
    add_queue
    exit 0
fi

if [[ $cmd == stop ]]; then
    if [[ -f $dir/cupsd.pid ]]; then
        pid=$(cat "$dir/cupsd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        rm -f "$dir/cupsd.pid"
    fi
    rm -f "$pdfconf"
    exit 0
fi

[[ $(id -u) -eq 0 ]] || unavailable "needs root: cupsd runs the cups-pdf backend as root"
for tool in cupsd lpadmin cupsenable; do
    command -v "$tool" >/dev/null || broken "$tool is not installed (package cups)"
done
[[ -x /usr/lib/cups/backend/cups-pdf ]] ||
    broken "the cups-pdf backend is not installed (package printer-driver-cups-pdf)"
[[ -f $ppd ]] || broken "$ppd is missing (package printer-driver-cups-pdf)"

mkdir -p "$dir"/{root/ppd,root/ssl,spool/tmp,cache,state,log,out,pdfspool}
# Filters run as lp: the spool and output must be reachable by it.
chmod 0755 "$dir" "$dir"/root "$dir"/spool "$dir"/cache "$dir"/state "$dir"/out
chmod 1777 "$dir"/spool/tmp
cp /etc/cups/mime.types /etc/cups/mime.convs "$dir/root/" 2>/dev/null || true

cat >"$dir/root/cupsd.conf" <<EOF
LogLevel warn
Listen $socket
Browsing No
# The test reads back the document each job received.
PreserveJobFiles Yes
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
cat >"$dir/root/cups-files.conf" <<EOF
ServerRoot $dir/root
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
User lp
Group lp
SystemGroup root
Sandboxing Relaxed
FileDevice No
EOF

# cups-pdf writes into Out; as root its job user is root, so no home directory is needed.
cat >"$pdfconf" <<EOF
Out $dir/out
AnonDirName $dir/out
Spool $dir/pdfspool
Log $dir/log
Label 0
UserUMask 0022
Grp root
EOF

cupsd -f -c "$dir/root/cupsd.conf" -s "$dir/root/cups-files.conf" >"$dir/log/cupsd.out" 2>&1 &
echo $! >"$dir/cupsd.pid"
for _ in $(seq 100); do
    [[ -S $socket ]] && break
    kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null ||
        broken "cupsd exited: $(tail -5 "$dir/log/cupsd.out" "$dir/log/error_log" 2>/dev/null)"
    sleep 0.1
done
[[ -S $socket ]] || broken "cupsd did not open $socket"

add_queue
echo "$socket"
