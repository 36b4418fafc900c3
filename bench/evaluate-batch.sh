#!/usr/bin/env bash
# Benchmark: one CLI run that evaluates N generated assessments (default 1,000), JVM start included.
# Usage (from the project root, after `mvn -B package -DskipTests`):  bench/evaluate-batch.sh [N] [RUNS]
# Prints each run's wall time and the median. Target (issue 3): under 3 s for 1,000 on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
cli=target/dist/bin/eac-planner
[ -x "$cli" ] || { echo "no $cli: run mvn -B package -DskipTests first" >&2; exit 2; }
data=target/bench/assessments-$n
python3 bench/gen_assessments.py "$n" "$data"

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  set +e
  "$cli" evaluate --format json --as-of 2026-11-24 "$data" > target/bench/evaluate-out.json
  rc=$?
  set -e
  end=$(date +%s%N)
  if [ "$rc" -gt 1 ]; then echo "evaluate failed with exit code $rc" >&2; exit "$rc"; fi
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
count=$(python3 -c "import json,sys; print(len(json.load(open('target/bench/evaluate-out.json'))))")
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "evaluated $count assessments per run; median ${median} ms over $runs runs ($(nproc) cores, $(java -version 2>&1 | head -1))"
