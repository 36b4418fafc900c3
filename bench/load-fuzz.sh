#!/bin/sh
# Runs the loader's fuzz corpus (the same cases as LoaderFuzzTest) and prints the slowest file.
# Usage: bench/load-fuzz.sh [CASES]      (default 6000; target: slowest case under 1 s)
set -e
cd "$(dirname "$0")/.."
exec mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.eacplanner.storage.LoadFuzzBenchmark -Dexec.args="${1:-6000}"
