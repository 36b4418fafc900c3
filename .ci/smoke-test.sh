#!/usr/bin/env bash
# Starts the app (real GTK glass, not Monocle) under Xvfb, waits up to 60 s for its main window,
# saves a screenshot, and fails if no window appears. Usage: smoke-test.sh LAUNCHER [SCREENSHOT.png]
set -euo pipefail
launcher=${1:?launcher}
shot=${2:-smoke.png}
display=:$(( 90 + RANDOM % 9 ))
home=$(mktemp -d)   # a fresh user: no remembered window bounds or theme

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
sleep 1

# Java takes the user's home from the system, not $HOME: point settings and recovery at the fresh folder too.
HOME=$home DISPLAY=$display \
  EAC_PLANNER_OPTS="-Deacplanner.settings.dir=$home/settings -Deacplanner.recovery.dir=$home/recovery" \
  "$launcher" >"$home/app.log" 2>&1 &
app=$!

for i in $(seq 1 60); do
  if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"EAC Migration Planner"'; then
    sleep 2   # let the first frame paint
    DISPLAY=$display import -window root "$shot"
    echo "main window up after ${i} s; screenshot in $shot"
    exit 0
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "the app exited before showing a window:"; cat "$home/app.log"; exit 1
  fi
  sleep 1
done
echo "no main window within 60 s; app log:"; cat "$home/app.log"
exit 1
