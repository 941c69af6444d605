#!/usr/bin/env bash
# Renders the application icon's PNG sizes (hicolor theme) and the Windows .ico from the SVG.
# The outputs are committed, so a build needs neither tool; run this after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")"
id=ir.pishkhan.Desk
sizes=(16 32 48 64 128 256)
for s in "${sizes[@]}"; do
    mkdir -p "hicolor/${s}x${s}/apps"
    rsvg-convert -w "$s" -h "$s" "hicolor/scalable/apps/$id.svg" -o "hicolor/${s}x${s}/apps/$id.png"
done
# A Vista-style .ico: the same PNGs, each stored whole (width/height 0 means 256).
python3 - "$id" "${sizes[@]}" <<'PY'
import struct, sys
name, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
pngs = [open(f"hicolor/{s}x{s}/apps/{name}.png", "rb").read() for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s, png in zip(sizes, pngs):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open(f"{name}.ico", "wb").write(out + b"".join(pngs))
PY
