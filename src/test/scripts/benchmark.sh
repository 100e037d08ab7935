#!/usr/bin/env bash
# haircut's benchmark (docs/dev/benchmarks.md): haircut's whole job vs POI's streaming reference, 3 runs each, medians.
# Usage: src/test/scripts/benchmark.sh [ROWS...]   (default: 100000 1000000). Ledgers are cached in target/bench.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.haircut.bench.Benchmark "$@"
