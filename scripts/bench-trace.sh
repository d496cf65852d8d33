#!/usr/bin/env bash
# Benchmark: time to trace a chain of warranties back to its KP Certificate, at depths 1, 10, 50 and 100,
# on a real local network (and the sequential submit latency of the 100 warranties it builds). Uses the
# running network if there is one; otherwise brings one up, deploys, and takes it down afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"

usage() {
  cat <<EOF
Usage: scripts/bench-trace.sh
Prints trace time against chain depth (1, 10, 50, 100) and warranty submit latency.
Environment: KP_NET_HOME (default <repo>/.kpnet)
EOF
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

(cd "$ROOT" && mvn -B -q -ntp install -DskipTests)
started=0
if ! [[ -f "$KP_NET_HOME/profiles/BW.json" ]] || ! "$ROOT/network/kpnet" status >/dev/null 2>&1; then
  "$ROOT/network/kpnet" up
  "$ROOT/network/kpnet" deploy --no-build
  started=1
fi
stop() { if [[ $started -eq 1 ]]; then "$ROOT/network/kpnet" down; fi; }
trap stop EXIT

run="$(date -u +%H%M%S)"
JAR="$ROOT/bench/target/kpcs-bench.jar"
MAIN=org.kpcs.bench.TraceBenchmark
java -cp "$JAR" "$MAIN" register "$KP_NET_HOME" "$run"
"$ROOT/network/kpnet" enroll WDC "bench-a-$run" firm "AE-F-BA-$run"
"$ROOT/network/kpnet" enroll WDC "bench-b-$run" firm "AE-F-BB-$run"
java -cp "$JAR" "$MAIN" "$KP_NET_HOME" "$run" "bench-a-$run" "bench-b-$run"
