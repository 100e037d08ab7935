#!/usr/bin/env bash
# haircut's benchmark (docs/dev/benchmarks.md): haircut, the minimal POI pipeline, fastexcel, the StAX floor and
# pandas + openpyxl, each a whole process timed by the wall clock; medians and ratios in one table.
# Usage: src/test/scripts/benchmark.sh [--runs N] [--pandas-runs N] [--csv-rows N|0] [--no-whole] [--no-stages] [--no-startup] [ROWS...]
#   default: 3 runs, sizes 100000 1000000, and the 10,000,000-row CSV. Ledgers are cached in target/bench.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if ! python3 -c 'import pandas, openpyxl' 2>/dev/null && ! /usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's python3-pandas python3-openpyxl for the pandas comparison" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas python3-openpyxl) >&2 \
      || echo "could not install python3-pandas python3-openpyxl: the table will say pandas was not run" >&2
  else
    echo "python3 lacks pandas/openpyxl and this is not a root shell with apt-get: the table will say pandas was not run" >&2
  fi
fi
mvn -q -B package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.haircut.bench.Benchmark "$@"
