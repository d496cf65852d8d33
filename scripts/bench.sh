#!/usr/bin/env bash
# Benchmark (not a test): throughput and latency of the Kimberley network under load, against a baseline
# chaincode on the same channel in the same run, with Hyperledger Caliper beside the load generator. Brings up a
# fresh network, runs every workload, takes the network down and writes docs/performance.md and its charts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"
KP_FABRIC_HOME="${KP_FABRIC_HOME:-$ROOT/.fabric}"

usage() {
  cat <<EOF
Usage: scripts/bench.sh [--quick] [--no-caliper] [--out FILE]

Builds the jars, starts a fresh network (network/kpnet up), deploys kpcs and the baseline chaincode kpbase
beside it, registers two firms, then runs the load generator (loadgen/target/kpcs-loadgen.jar) at each number
of clients for the baseline, issuance, the full lifecycle and warranties, and traces at depths 1, 10, 50 and
100; then Caliper 0.6.0 (bench/caliper, npm) on the baseline and issuance. Takes the network down and writes
the report (default docs/performance.md, with docs/performance-tps.png and -latency.png). About 15 minutes.

  --quick       1 and 4 clients, 3 s warm-up, 8 s measured (a check that everything runs, not figures)
  --no-caliper  skip Caliper
  --out FILE    write the report there

Environment: KP_NET_HOME (must not hold a network), the network's settings (network/network.conf),
KP_BENCH_CLIENTS (default 1,4,16), KP_BENCH_WARMUP (5), KP_BENCH_DURATION (20), KP_BENCH_IN_FLIGHT (8 per
client), KP_MVN_OPTS (extra Maven options, e.g. -Dmaven.repo.local=...).
EOF
}

quick=0 caliper=1 out="$ROOT/docs/performance.md"
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --quick) quick=1 ;;
    --no-caliper) caliper=0 ;;
    --out) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; out="$2"; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

clients="${KP_BENCH_CLIENTS:-1,4,16}" warmup="${KP_BENCH_WARMUP:-5}" duration="${KP_BENCH_DURATION:-20}"
per_client="${KP_BENCH_IN_FLIGHT:-8}"
if ((quick)); then clients=1,4 warmup=3 duration=8; fi
run="b$(date -u +%H%M%S)"
export KP_BENCH_RUN="$run"
KPNET="$ROOT/network/kpnet"
JAR="$ROOT/loadgen/target/kpcs-loadgen.jar"
work="$(mktemp -d)"
# The raw figures stay beside the report, also when a later step fails.
results="${out%.md}-results.tsv"
caliper_tsv="${out%.md}-caliper.tsv"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] error: %s\n' "$*" >&2
  exit 1
}

rm -f "$results" "$caliper_tsv"
[[ ! -e "$KP_NET_HOME" ]] || die "$KP_NET_HOME exists: the bench runs on a fresh network (network/kpnet down first)"
for tool in java mvn jq; do command -v "$tool" >/dev/null || die "'$tool' is required"; done
if ((caliper)); then command -v npm >/dev/null || die "'npm' is required for Caliper (or pass --no-caliper)"; fi

started=0
finish() {
  if ((started)); then "$KPNET" down >/dev/null 2>&1 || printf '[bench] kpnet down failed\n' >&2; fi
  rm -rf "$work"
}
trap finish EXIT

# The machine, the network and what else ran, as markdown for the report.
context() {
  local load_before="$1" settings="$KP_NET_HOME/config/settings.sh"
  local batch_timeout batch_size cc_opts quorum
  batch_timeout="$(sed -n 's/^KP_BATCH_TIMEOUT="\(.*\)"$/\1/p' "$settings")"
  batch_size="$(sed -n 's/^KP_BATCH_SIZE="\(.*\)"$/\1/p' "$settings")"
  cc_opts="$(sed -n 's/^KP_CC_JAVA_OPTS="\(.*\)"$/\1/p' "$settings")"
  quorum="$(sed -n 's/^KP_ENDORSE_QUORUM="\(.*\)"$/\1/p' "$settings")"
  printf '## Conditions\n\n'
  printf -- '- Run %s, %s UTC, commit %s.\n' "$run" "$(date -u '+%Y-%m-%d %H:%M')" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  printf -- '- Machine: %s cores (%s), %s GiB memory, %s; %s.\n' "$(nproc)" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(uname -sr)" \
    "$(java -version 2>&1 | head -1)"
  printf -- '- Network: Fabric %s, %s ordering (%s nodes), %s peers, endorsement by %s of the Participants'"'"' peers; batch timeout %s, batch size %s; chaincode JVMs: %s. All on loopback on this machine, the load generator too.\n' \
    "$("$KP_FABRIC_HOME/bin/peer" version 2>/dev/null | sed -n 's/^ Version: //p')" \
    "$(jq -r .consensus "$KP_NET_HOME/network.json")" "$(jq -r '.orderers | length' "$KP_NET_HOME/network.json")" \
    "$(jq -r '.orgs | length' "$KP_NET_HOME/network.json")" "$quorum" "$batch_timeout" "$batch_size" "$cc_opts"
  printf -- '- Load: clients %s, %s operations in flight per client, maximum rate, %s s warm-up then %s s measured per run.\n' \
    "$clients" "$per_client" "$warmup" "$duration"
  printf -- '- Load average before the network started: %s. The busiest processes then (other work on the machine):\n\n' "$load_before"
  local fence='```'
  printf '%s\n%s\n%s\n' "$fence" "$(ps -eo pcpu,etime,comm --sort=-pcpu | head -6)" "$fence"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "building the jars (mvn install -DskipTests)"
# shellcheck disable=SC2086 # KP_MVN_OPTS is a list of options
(cd "$ROOT" && mvn -B -q -ntp ${KP_MVN_OPTS:-} install -DskipTests)
context_file="${out%.md}-conditions.md"
started=1
log "a fresh network"
"$KPNET" up
"$KPNET" deploy --no-build
"$KPNET" deploy --chaincode kpbase "$ROOT/baseline/target/kpcs-baseline.jar"
context "$load_before" >"$context_file"

log "two firms for the warranty and trace workloads"
java -jar "$JAR" firms --network-home "$KP_NET_HOME" --run "$run"
firm_a="$(printf 'AE-F-LA-%s' "$run" | tr '[:lower:]' '[:upper:]')"
firm_b="$(printf 'AE-F-LB-%s' "$run" | tr '[:lower:]' '[:upper:]')"
"$KPNET" enroll WDC "load-a-$run" firm "$firm_a"
"$KPNET" enroll WDC "load-b-$run" firm "$firm_b"

loadgen() {
  java -jar "$JAR" run --network-home "$KP_NET_HOME" --run "$run" --in-flight-per-client "$per_client" \
    --results "$results" --firm-users "load-a-$run,load-b-$run" "$@"
}
for workload in baseline issuance lifecycle warranty; do
  log "workload $workload"
  loadgen --workload "$workload" --clients "$clients" --warmup "$warmup" --duration "$duration"
done
log "traces at depths 1, 10, 50 and 100"
loadgen --workload trace --depths 1,10,50,100 --clients "${clients%%,*},4" --warmup 2 \
  --duration "$((duration / 2 > 5 ? duration / 2 : 5))"

caliper_args=()
if ((caliper)); then
  log "Caliper 0.6.0 (bench/caliper)"
  if "$ROOT/bench/caliper/run.sh" "$KP_NET_HOME" "$caliper_tsv"; then
    caliper_args=(--caliper "$caliper_tsv")
  else
    log "Caliper failed (see above); the report says it did not run"
  fi
fi

"$KPNET" down
started=0
java -jar "$JAR" report --results "$results" --context "$context_file" --out "$out" \
  --notes "$ROOT/bench/performance-notes.md" "${caliper_args[@]}"
log "done: $out"
