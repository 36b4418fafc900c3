#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first frame of (a) a bare JavaFX window and (b) the app,
# both started the same way (the launcher's JVM flags, JavaFX on the module path). Median of N runs each, and
# the ratio, without and with class-data sharing (CDS) archives of their own (as the launcher starts the app).
# Target (issue 4): app ≤ 1.3 × baseline.
# Usage (after `mvn -B package -DskipTests`):  bench/startup.sh [RUNS]      (needs a display, or Xvfb installed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lib=target/dist/lib
[ -d "$lib" ] || { echo "no $lib: run mvn -B package -DskipTests first" >&2; exit 2; }
out=target/bench/startup
mkdir -p "$out/classes"
javac -d "$out/classes" --module-path "$lib/javafx" --add-modules javafx.controls bench/startup/StartupBaseline.java
jar cf "$out/baseline.jar" -C "$out/classes" .   # class-data sharing archives only take jars

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:93
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --module-path "$lib/javafx"
       --add-modules javafx.controls --enable-native-access=javafx.graphics)
home=$(mktemp -d)   # a fresh user: no saved window state

marks=$out/marks.txt; : > "$marks"
measure() {   # prints milliseconds from process start to first frame; the app's marks go to $marks
  local start end output
  start=$(date +%s%3N)
  output=$(HOME=$home "$@" 2>/dev/null)
  end=$(printf '%s\n' "$output" | sed -n 's/^first-frame-ms=//p' | head -1)
  [ -n "$end" ] || { echo "no first frame reported by: $*" >&2; exit 1; }
  printf '%s\n' "$output" | sed -n 's/^mark \([a-z]*\)=\([0-9]*\)$/\1 \2/p' \
    | awk -v s="$start" -v tag="${MARKS_TAG:-}" 'tag != "" {print tag, $1, $2 - s}' >> "$marks"
  echo $(( end - start ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

app_cmd=(-Deacplanner.startupProbe=true -Deacplanner.settings.dir="$home/settings" -cp "$lib/*" org.eacplanner.Main)
base_cmd=(-cp "$out/baseline.jar" StartupBaseline)

# The launcher (bin/eac-planner) starts the desktop app from a class-data sharing archive that its first start
# writes at exit. "With CDS" starts both the same way: one training run each writes its own archive, then the
# timed runs map it. "Without CDS" starts both with the JDK's default archive only.
rm -f "$out/app.jsa" "$out/base.jsa"
measure java "${flags[@]}" -XX:ArchiveClassesAtExit="$out/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${app_cmd[@]}" >/dev/null
measure java "${flags[@]}" -XX:ArchiveClassesAtExit="$out/base.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${base_cmd[@]}" >/dev/null
# one warm-up of each (file cache), not counted
measure java "${flags[@]}" "${app_cmd[@]}" >/dev/null
measure java "${flags[@]}" "${base_cmd[@]}" >/dev/null

base=(); app=(); base_cds=(); app_cds=()
for i in $(seq 1 "$runs"); do
  base+=("$(measure java "${flags[@]}" "${base_cmd[@]}")")
  app+=("$(measure java "${flags[@]}" "${app_cmd[@]}")")
  base_cds+=("$(measure java "${flags[@]}" -XX:SharedArchiveFile="$out/base.jsa" "${base_cmd[@]}")")
  app_cds+=("$(MARKS_TAG=cds measure java "${flags[@]}" -XX:SharedArchiveFile="$out/app.jsa" "${app_cmd[@]}")")
done
rm -rf "$home"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
b=$(median "${base[@]}"); a=$(median "${app[@]}")
bc=$(median "${base_cds[@]}"); ac=$(median "${app_cds[@]}")
echo "without CDS  baseline runs (ms): ${base[*]}"
echo "             app runs (ms):      ${app[*]}"
echo "with CDS     baseline runs (ms): ${base_cds[*]}"
echo "             app runs (ms):      ${app_cds[*]}"
echo "median without CDS: baseline ${b} ms, app ${a} ms, ratio $(ratio "$a" "$b")"
echo "median with CDS (as the launcher starts the app): baseline ${bc} ms, app ${ac} ms, ratio $(ratio "$ac" "$bc")"
# Where the app's time goes (with CDS): median ms from process start to each mark (StartupProbe.mark): main = JVM
# up, start = toolkit up and App.start called, prepared = settings ready, built = window's nodes made, styled =
# scene styled, shown = stage.show() returned.
printf 'app marks with CDS, median ms from process start:'
for m in main start prepared built styled shown; do
  printf ' %s %s' "$m" "$(awk -v m="$m" '$1 == "cds" && $2 == m {print $3}' "$marks" | sort -n \
    | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}')"
done
echo
