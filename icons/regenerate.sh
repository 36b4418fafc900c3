#!/usr/bin/env bash
# Regenerates every exported icon from icons/app-icon.svg and refreshes the packaging inputs:
#   icons/app-icon-<size>.png (16 24 32 48 64 128 256 512 1024), icons/app-icon.ico, icons/app-icon.icns,
#   packaging/linux/eac-planner.png, packaging/windows/eac-planner.ico, packaging/macos/eac-planner.icns.
# Needs Debian packages: librsvg2-bin (rsvg-convert) and icoutils (icotool); the .icns is assembled in bash.
# Run from anywhere: bash icons/regenerate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
svg="$here/app-icon.svg"

need() { # need <command> <debian package>
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "regenerate.sh: '$1' not found; install it with: apt-get install -y $2" >&2
    exit 1
  fi
}
need rsvg-convert librsvg2-bin
need icotool icoutils

[[ -f "$svg" ]] || { echo "regenerate.sh: $svg is missing" >&2; exit 1; }

sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  # Rendered straight from the vector at each size (no downscaling of a big bitmap),
  # so the 16-unit grid of the SVG lands on whole pixels at 16 px.
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png \
    --output "$here/app-icon-$s.png" "$svg"
done

# Windows: 16-128 as classic 32-bit BMP entries, 256 as an embedded PNG (the Vista+ convention;
# keeps the file small and is what Explorer and jpackage/WiX expect).
icotool --create --output "$here/app-icon.ico" \
  "$here/app-icon-16.png" "$here/app-icon-24.png" "$here/app-icon-32.png" \
  "$here/app-icon-48.png" "$here/app-icon-64.png" "$here/app-icon-128.png" \
  --raw="$here/app-icon-256.png"

# macOS: an .icns is a big-endian container: 'icns' + total length, then elements of
# <4-char type><4-byte length incl. 8-byte header><PNG data>. The element set is the one Apple's
# iconutil writes for an .iconset (PNG in every slot, lossless). png2icns (icnsutils) is not used: it
# stores the 256-1024 slots as JPEG 2000 and knows none of the PNG-only slot types.
be32() { # be32 <n>: print n as 4 raw big-endian bytes
  printf '%b' "$(printf '\\0%03o' $(( $1 >> 24 & 255 )) $(( $1 >> 16 & 255 )) $(( $1 >> 8 & 255 )) $(( $1 & 255 )))"
}
icns_elements=(icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic10:1024 ic11:32 ic12:64 ic13:256 ic14:512)
icns_body="$(mktemp)"
trap 'rm -f "$icns_body"' EXIT
for e in "${icns_elements[@]}"; do
  kind="${e%%:*}" png="$here/app-icon-${e##*:}.png"
  {
    printf '%s' "$kind"
    be32 $(( $(wc -c <"$png") + 8 ))
    cat "$png"
  } >>"$icns_body"
done
{ printf 'icns'; be32 $(( $(wc -c <"$icns_body") + 8 )); cat "$icns_body"; } >"$here/app-icon.icns"
[[ "$(head -c 4 "$here/app-icon.icns")" == icns ]] || { echo "regenerate.sh: bad app-icon.icns" >&2; exit 1; }

# Keep jpackage's inputs in sync with the icon.
mkdir -p "$root/packaging/linux" "$root/packaging/windows" "$root/packaging/macos"
cp "$here/app-icon-256.png" "$root/packaging/linux/eac-planner.png"
cp "$here/app-icon.ico"     "$root/packaging/windows/eac-planner.ico"
cp "$here/app-icon.icns"    "$root/packaging/macos/eac-planner.icns"

echo "regenerate.sh: wrote ${#sizes[@]} PNGs, app-icon.ico, app-icon.icns and the packaging/ copies"
