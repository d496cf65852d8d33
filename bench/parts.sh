# shellcheck shell=bash
# The parts of scripts/bench.sh: networks, firms and each measurement. Sourced by scripts/bench.sh, which sets
# ROOT, KPNET, JAR, BASELINE_JAR, run, results, caliper_tsv, the durations and the settings; never run.

# The network's own value of a setting (as `kpnet up` recorded it).
network_setting() {
  sed -n "s/^$1=\"\(.*\)\"$/\1/p" "$KP_NET_HOME/config/settings.sh"
}

# network_up NAME CHAINCODES [VAR=VALUE...]: a fresh network with the settings given and kpbase deployed, kpcs
# too unless CHAINCODES is 'kpbase'.
network_up() {
  local name="$1" chaincodes="$2"
  shift 2
  log "a fresh network ($name${*:+: $*})"
  started=1
  env "$@" "$KPNET" up
  if [[ "$chaincodes" != kpbase ]]; then "$KPNET" deploy --no-build; fi
  "$KPNET" deploy --chaincode kpbase "$BASELINE_JAR"
}

network_down() {
  "$KPNET" down
  started=0
}

# The machine, the network and what else ran, as markdown for the report.
context() { # LOAD_BEFORE PROCESSES_BEFORE: as they were before the build and the first network
  local load_before="$1" processes_before="$2" fence='```'
  printf '## Conditions\n\n'
  printf -- '- Run %s, %s UTC, commit %s; parts: %s.\n' "$run" "$(date -u '+%Y-%m-%d %H:%M')" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" "$parts"
  printf -- '- Machine: %s cores (%s), %s GiB memory, %s; %s.\n' "$(nproc)" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(uname -sr)" \
    "$(java -version 2>&1 | head -1)"
  printf -- '- Network: Fabric %s, %s ordering (%s nodes), %s peers, endorsement by %s of the Participants'"'"' peers; batch timeout %s, batch size %s; chaincode JVMs: %s. All on loopback on this machine, the load generator too.\n' \
    "$("$KP_FABRIC_HOME/bin/peer" version 2>/dev/null | sed -n 's/^ Version: //p')" \
    "$(jq -r .consensus "$KP_NET_HOME/network.json")" "$(jq -r '.orderers | length' "$KP_NET_HOME/network.json")" \
    "$(jq -r '.orgs | length' "$KP_NET_HOME/network.json")" "$(network_setting KP_ENDORSE_QUORUM)" \
    "$(network_setting KP_BATCH_TIMEOUT)" "$(network_setting KP_BATCH_SIZE)" "$(network_setting KP_CC_JAVA_OPTS)"
  printf -- '- Load: clients %s, %s operations in flight per client, maximum rate, %s s warm-up then %s s measured per run; tuning runs %s s measured; ledger sizes %s.\n' \
    "$clients" "$per_client" "$warmup" "$duration" "$tuning" "$ledger_sizes"
  printf -- '- Load average before the network started: %s. The busiest processes then (other work on the machine):\n\n' "$load_before"
  printf '%s\n%s\n%s\n' "$fence" "$processes_before" "$fence"
}

firms() {
  log "two firms for the warranty, trace and ledger workloads"
  java -jar "$JAR" firms --network-home "$KP_NET_HOME" --run "$run"
  "$KPNET" enroll WDC "load-a-$run" firm "$(printf 'AE-F-LA-%s' "$run" | tr '[:lower:]' '[:upper:]')"
  "$KPNET" enroll WDC "load-b-$run" firm "$(printf 'AE-F-LB-%s' "$run" | tr '[:lower:]' '[:upper:]')"
}

loadgen() {
  java -jar "$JAR" run --network-home "$KP_NET_HOME" --run "$run" --results "$results" \
    --firm-users "load-a-$run,load-b-$run" "$@"
}

workloads_part() {
  local workload
  for workload in baseline issuance lifecycle warranty; do
    log "workload $workload"
    loadgen --workload "$workload" --clients "$clients" --in-flight-per-client "$per_client" --warmup "$warmup" \
      --duration "$duration"
  done
  log "traces at depths 1, 10, 50 and 100"
  loadgen --workload trace --depths 1,10,50,100 --clients "${clients%%,*},4" --in-flight-per-client "$per_client" \
    --warmup 2 --duration "$((duration / 2 > 5 ? duration / 2 : 5))"
}

caliper_part() {
  log "Caliper 0.6.0 (bench/caliper)"
  "$ROOT/bench/caliper/run.sh" "$KP_NET_HOME" "$caliper_tsv" ||
    log "Caliper failed (see above); the report says it did not run"
}

# tuning EXPERIMENT SETTING WORKLOAD CLIENTS [loadgen options]: one tuning run.
tuning_run() {
  local experiment="$1" setting="$2" workload="$3" n="$4"
  shift 4
  loadgen --experiment "$experiment" --setting "$setting" --workload "$workload" --clients "$n" \
    --warmup "$warmup" --duration "$tuning" "$@"
}

most_clients() { tr ',' '\n' <<<"$clients" | sort -n | tail -1; }

keys_part() {
  log "key design: read-modify-write on a key per transaction, then on one hot key"
  tuning_run keys "a key per transaction" rmw-own-key "$(most_clients)" --in-flight-per-client "$per_client"
  tuning_run keys "one hot key" rmw-hot-key "$(most_clients)" --in-flight-per-client "$per_client"
}

gateway_part() {
  local pair label
  for pair in $gateway_settings; do
    label="${pair%x*} client$( ((${pair%x*} == 1)) || printf s) x ${pair#*x} in flight"
    log "gateway concurrency: $label each"
    tuning_run gateway "$label" issuance "${pair%x*}" --in-flight-per-client "${pair#*x}"
  done
}

# The kpcs chaincode servers (chaincode-<ORG>) that are running.
chaincode_servers() {
  local f name
  for f in "$KP_NET_HOME"/pids/chaincode-*.pid; do
    name="$(basename "$f" .pid)"
    printf 'chaincode-%s\n' "$(cut -d- -f2 <<<"$name")"
  done
}

jvm_part() {
  local opts servers=() own
  mapfile -t servers < <(chaincode_servers)
  own="$(network_setting KP_CC_JAVA_OPTS)"
  while IFS= read -r opts; do
    [[ -n "$opts" ]] || continue
    log "chaincode JVM: $opts"
    "$KPNET" stop "${servers[@]}"
    if ! "$KPNET" start --java-opts "$opts" "${servers[@]}"; then
      log "the chaincode servers did not start with $opts (see above): not measured"
      continue
    fi
    # A longer warm-up: the JIT compiles the chaincode's hot paths under load first.
    loadgen --experiment jvm --setting "$opts$([[ "$opts" == "$own" ]] && printf ' (the network'"'"'s)')" \
      --workload issuance --clients "$(most_clients)" --in-flight-per-client "$per_client" \
      --warmup "$((warmup > 10 ? warmup : 10))" --duration "$tuning"
  done < <(printf '%s\n' "$own" "${jvm_settings//|/$'\n'}" | awk '!seen[$0]++')
}

ledger_part() {
  log "a larger ledger: Certificates preloaded to $ledger_sizes, list, trace and history at each size"
  java -jar "$JAR" ledger --network-home "$KP_NET_HOME" --run "$run" --results "$results" \
    --firm-users "load-a-$run,load-b-$run" --sizes "$ledger_sizes" --duration "$((tuning / 2 > 5 ? tuning / 2 : 5))"
}

index_part() {
  log "the index: its lag behind the ledger while Certificates are issued up to $index_sizes, then its API's queries"
  java -jar "$JAR" index --network-home "$KP_NET_HOME" --run "$run" --results "$results" --sizes "$index_sizes"
}

# batch_runs SETTING: the baseline at the fewest and the most clients on the running network.
batch_runs() {
  local n
  for n in "${clients%%,*}" "$(most_clients)"; do
    log "block cutting $1: the baseline at $n clients"
    tuning_run batch "$1" baseline "$n" --in-flight-per-client "$per_client"
  done
}

batch_part() {
  local pair
  for pair in $batch_settings; do
    network_up "block cutting $pair" kpbase KP_BATCH_TIMEOUT="${pair%:*}" KP_BATCH_SIZE="${pair#*:}"
    batch_runs "timeout ${pair%:*}, size ${pair#*:}"
    network_down
  done
}
