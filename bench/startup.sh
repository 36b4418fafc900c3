#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first frame of (a) a bare JavaFX window and (b) the app,
# both started the same way (the launcher's JVM flags, JavaFX on the module path). Median of N runs each, and
# the ratio. Target (issue 4): app ≤ 1.3 × baseline.
# Usage (after `mvn -B package -DskipTests`):  bench/startup.sh [RUNS]      (needs a display, or Xvfb installed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lib=target/dist/lib
[ -d "$lib" ] || { echo "no $lib: run mvn -B package -DskipTests first" >&2; exit 2; }
out=target/bench/startup
mkdir -p "$out/classes"
javac -d "$out/classes" --module-path "$lib/javafx" --add-modules javafx.controls bench/startup/StartupBaseline.java

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:93
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --module-path "$lib/javafx"
       --add-modules javafx.controls,javafx.fxml --enable-native-access=javafx.graphics)
home=$(mktemp -d)   # a fresh user: no saved window state

measure() {   # prints milliseconds from process start to first frame
  local start end
  start=$(date +%s%3N)
  end=$(HOME=$home "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p' | head -1)
  [ -n "$end" ] || { echo "no first frame reported by: $*" >&2; exit 1; }
  echo $(( end - start ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one warm-up of each (file cache), not counted
measure java "${flags[@]}" -cp "$out/classes" StartupBaseline >/dev/null
measure java "${flags[@]}" -Deacplanner.startupProbe=true -Djava.util.prefs.userRoot="$home/prefs" -cp "$lib/*" org.eacplanner.Main >/dev/null

base=(); app=()
for i in $(seq 1 "$runs"); do
  base+=("$(measure java "${flags[@]}" -cp "$out/classes" StartupBaseline)")
  app+=("$(measure java "${flags[@]}" -Deacplanner.startupProbe=true -Djava.util.prefs.userRoot="$home/prefs" -cp "$lib/*" org.eacplanner.Main)")
done
rm -rf "$home"
b=$(median "${base[@]}"); a=$(median "${app[@]}")
echo "baseline runs (ms): ${base[*]}"
echo "app runs (ms):      ${app[*]}"
echo "median: baseline ${b} ms, app ${a} ms, ratio $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a/b}')"
