#!/usr/bin/env bash
# Benchmark (not a test): throughput and latency of the Kimberley network under load, against a baseline
# chaincode on the same channel in the same run, with Hyperledger Caliper beside the load generator, then the
# tuning experiments and a larger ledger. Brings up fresh networks, runs every part, takes each network down and
# writes docs/performance.md and its charts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"
KP_FABRIC_HOME="${KP_FABRIC_HOME:-$ROOT/.fabric}"
ALL_PARTS="workloads,caliper,keys,gateway,jvm,ledger,index,batch"

usage() {
  cat <<EOF
Usage: scripts/bench.sh [--quick] [--parts LIST] [--no-caliper] [--no-build] [--out FILE]

Builds the jars, starts a fresh network (network/kpnet up), deploys kpcs and the baseline chaincode kpbase
beside it, registers two firms, then runs the parts (all by default, about 40 minutes):

  workloads  the load generator (loadgen/target/kpcs-loadgen.jar) at each number of clients for the baseline,
             issuance, the full lifecycle and warranties, and traces at depths 1, 10, 50 and 100
  caliper    Caliper 0.6.0 (bench/caliper, npm) on the baseline and issuance
  keys       key design: the baseline's read-modify-write on a key per transaction against one hot key
  gateway    issuance with other numbers of clients and transactions in flight
  jvm        issuance with the kpcs chaincode servers restarted with other JVM options
  ledger     on a fresh network: Certificates preloaded to each ledger size, list, trace and history latency
  index      on a fresh network: Certificates issued up to each size while BW's kpcs serve indexes them; the
             index's lag behind the ledger (blocks, ms from commit to indexed) and the latency of its API's
             statistics and certificate-list queries at each size
  batch      block cutting: the baseline on the main network, then on a fresh network per other setting

Takes each network down and writes the report (default docs/performance.md, with docs/performance-*.png).

  --quick       short runs: 1 and 4 clients, 3 s warm-up, 8 s measured, small ledgers, two block-cutting
                settings (a check that everything runs in about 15 minutes, not figures)
  --parts LIST  comma-separated parts to run (default: $ALL_PARTS)
  --no-caliper  every part but caliper
  --no-build    use the jars already built (mvn install) instead of building them first
  --out FILE    write the report there

Environment: KP_NET_HOME (must not hold a network), the network's settings (network/network.conf),
KP_BENCH_PARTS (as --parts), KP_BENCH_CLIENTS (default 1,4,16), KP_BENCH_WARMUP (5), KP_BENCH_DURATION (20),
KP_BENCH_IN_FLIGHT (8 per client), KP_BENCH_TUNING_DURATION (15: seconds measured per tuning run),
KP_BENCH_BATCH (block-cutting settings besides the network's own, TIMEOUT:SIZE, default
"250ms:100 2s:100 500ms:10 500ms:500"), KP_BENCH_GATEWAY (CLIENTSxIN_FLIGHT_PER_CLIENT, default
"1x32 4x8 32x1 4x2 4x32"), KP_BENCH_JVM (JVM option sets besides the network's own, separated by '|'),
KP_BENCH_LEDGER_SIZES (default 0,1000,10000), KP_BENCH_INDEX_SIZES (default 10000), KP_BENCH_LARGE_LEDGER=1
(adds 100,000 Certificates to both: about an hour more each at 30 issuances a second), KP_MVN_OPTS (extra Maven options, e.g. -Dmaven.repo.local=...).
EOF
}

quick=0 build=1 parts="${KP_BENCH_PARTS:-$ALL_PARTS}" out="$ROOT/docs/performance.md"
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --quick) quick=1 ;;
    --parts) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; parts="$2"; shift ;;
    --no-build) build=0 ;;
    --no-caliper) parts="$(tr ',' '\n' <<<"$parts" | grep -vx caliper | paste -sd, -)" ;;
    --out) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; out="$2"; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
for part in ${parts//,/ }; do
  [[ ",$ALL_PARTS," == *",$part,"* ]] || { printf '[bench] unknown part %s (parts: %s)\n' "$part" "$ALL_PARTS" >&2; exit 2; }
done
has() { [[ ",$parts," == *",$1,"* ]]; }

clients="${KP_BENCH_CLIENTS:-1,4,16}" warmup="${KP_BENCH_WARMUP:-5}" duration="${KP_BENCH_DURATION:-20}"
per_client="${KP_BENCH_IN_FLIGHT:-8}" tuning="${KP_BENCH_TUNING_DURATION:-15}"
batch_settings="${KP_BENCH_BATCH:-250ms:100 2s:100 500ms:10 500ms:500}"
gateway_settings="${KP_BENCH_GATEWAY:-1x32 4x8 32x1 4x2 4x32}"
jvm_settings="${KP_BENCH_JVM:--XX:+UseSerialGC -Xms32m -Xmx384m|-XX:+UseParallelGC -Xms128m -Xmx384m|-XX:+UseG1GC -Xms128m -Xmx1g}"
ledger_sizes="${KP_BENCH_LEDGER_SIZES:-0,1000,10000}"
index_sizes="${KP_BENCH_INDEX_SIZES:-10000}"
if [[ "${KP_BENCH_LARGE_LEDGER:-0}" == 1 ]]; then ledger_sizes="$ledger_sizes,100000" index_sizes="$index_sizes,100000"; fi
if ((quick)); then
  clients=1,4 warmup=3 duration=8 tuning=8 ledger_sizes=0,100,300 index_sizes=300
  batch_settings="250ms:100 500ms:10" gateway_settings="1x8 8x1" jvm_settings="-XX:+UseSerialGC -Xmx384m"
fi
run="b$(date -u +%H%M%S)"
export KP_BENCH_RUN="$run"
KPNET="$ROOT/network/kpnet"
JAR="$ROOT/loadgen/target/kpcs-loadgen.jar"
BASELINE_JAR="$ROOT/baseline/target/kpcs-baseline.jar"
work="$(mktemp -d)"
# The raw figures stay beside the report, also when a later step fails.
results="${out%.md}-results.tsv"
caliper_tsv="${out%.md}-caliper.tsv"
context_file="${out%.md}-conditions.md"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] error: %s\n' "$*" >&2
  exit 1
}

rm -f "$results" "$caliper_tsv"
[[ ! -e "$KP_NET_HOME" ]] || die "$KP_NET_HOME exists: the bench runs on a fresh network (network/kpnet down first)"
for tool in java mvn jq; do command -v "$tool" >/dev/null || die "'$tool' is required"; done
if has caliper; then command -v npm >/dev/null || die "'npm' is required for Caliper (or pass --no-caliper)"; fi

started=0
finish() {
  if ((started)); then "$KPNET" down >/dev/null 2>&1 || printf '[bench] kpnet down failed\n' >&2; fi
  rm -rf "$work"
}
trap finish EXIT

# shellcheck source=bench/parts.sh
source "$ROOT/bench/parts.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
processes_before="$(ps -eo pcpu,etime,comm --sort=-pcpu | head -6)"
log "load average now: $load_before"
if ((build)); then
  log "building the jars (mvn install -DskipTests -Djacoco.skip=true: no tests run, so no coverage to check)"
  # shellcheck disable=SC2086 # KP_MVN_OPTS is a list of options
  (cd "$ROOT" && mvn -B -q -ntp ${KP_MVN_OPTS:-} install -DskipTests -Djacoco.skip=true)
fi
for jar in "$JAR" "$BASELINE_JAR"; do [[ -f "$jar" ]] || die "$jar is missing: build first (mvn install -DskipTests)"; done
bench_start=$SECONDS

if has workloads || has caliper || has keys || has gateway || has jvm || has batch; then
  network_up main kpcs
  context "$load_before" "$processes_before" >"$context_file"
  if has batch; then
    batch_runs "timeout $(network_setting KP_BATCH_TIMEOUT), size $(network_setting KP_BATCH_SIZE) (the network's)"
  fi
  if has workloads || has caliper; then firms; fi
  if has workloads; then workloads_part; fi
  if has caliper; then caliper_part; fi
  if has keys; then keys_part; fi
  if has gateway; then gateway_part; fi
  if has jvm; then jvm_part; fi
  network_down
fi
if has ledger; then
  network_up ledger kpcs
  [[ -f "$context_file" ]] || context "$load_before" "$processes_before" >"$context_file"
  firms
  ledger_part
  network_down
fi
if has index; then
  network_up index kpcs
  [[ -f "$context_file" ]] || context "$load_before" "$processes_before" >"$context_file"
  index_part
  network_down
fi
if has batch; then batch_part; fi

printf -- '- Load average at the end: %s.\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$context_file"
caliper_args=()
if [[ -f "$caliper_tsv" ]]; then caliper_args=(--caliper "$caliper_tsv"); fi
java -jar "$JAR" report --results "$results" --context "$context_file" --out "$out" \
  --notes "$ROOT/bench/performance-notes.md" "${caliper_args[@]}"
log "done in $(((SECONDS - bench_start) / 60)) min (parts: $parts; load average now: $(cut -d' ' -f1-3 /proc/loadavg)): $out"
