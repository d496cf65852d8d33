# shellcheck shell=bash
# kpnet up and down: bring the network up (or resume a stopped one) and take it down with its data. Sourced
# by network/kpnet.

usage_up() {
  cat <<EOF
Usage: kpnet up

Starts the network described by $KP_CONF into $KP_NET_HOME:
builds the Fabric binaries if missing (scripts/install-fabric.sh), starts fabric-ca-server, issues every
identity, creates the channel genesis block, starts the ordering nodes and the peers, joins them to the channel,
writes the client profiles ($KP_NET_HOME/profiles/<ORG>.json, network.json) and starts each organisation's
kpcs serve (index and API on KP_SERVICE_PORT + n; needs gateway-app/target/kpcs.jar; KP_SERVICE=off: none).
If the network is already running, says so and does nothing; if it was stopped (processes gone, data kept),
starts its processes again.
EOF
}

usage_down() {
  cat <<EOF
Usage: kpnet down

Stops every process kpnet started (by the pids in $KP_NET_HOME/pids) and deletes $KP_NET_HOME.
EOF
}

# --- up ----------------------------------------------------------------------------------------------

all_components() {
  printf '%s\n' ca
  local org
  for org in "${ORDERING_ORGS[@]}"; do printf 'orderer-%s\n' "$org"; done
  for org in "${PEER_ORGS[@]}"; do printf 'peer-%s\n' "$org"; done
}

# The services (kpcs serve) kpnet runs, when KP_SERVICE=on.
all_services() {
  service_on || return 0
  local org
  for org in "${PEER_ORGS[@]}"; do service_name "$org"; printf '\n'; done
}

all_ports() {
  local org
  printf '%s\n' "$KP_CA_PORT" "$KP_CA_OPS_PORT"
  for org in "${ORDERING_ORGS[@]}"; do
    printf '%s\n' "$(orderer_port "$org")" "$(orderer_admin_port "$org")" "$(orderer_ops_port "$org")"
  done
  for org in "${PEER_ORGS[@]}"; do
    printf '%s\n' "$(peer_port "$org")" "$(peer_cc_port "$org")" "$(peer_ops_port "$org")" \
      "$(cc_server_port "$org" 0)" "$(cc_server_port "$org" 1)" "$(cc_server_port "$org" 5)" "$(cc_server_port "$org" 6)"
    if service_on; then service_port "$org"; printf '\n'; fi
  done
}

check_ports_free() {
  local port busy=() dup
  dup="$(all_ports | sort | uniq -d | paste -sd' ' -)"
  [[ -z "$dup" ]] || die "port(s) $dup are configured twice (each organisation uses a block of ten from its PORT); fix $KP_CONF"
  for port in $(all_ports); do
    port_in_use "$port" && busy+=("$port")
  done
  ((${#busy[@]} == 0)) || die "port(s) ${busy[*]} on $KP_HOST are in use by other processes (see: ss -ltnp); stop them, or change the ports in $KP_CONF"
}


step() {

  log "$*"
}

cmd_up() {
  case "${1:-}" in -h | --help) usage_up; return ;; "") ;; *) usage_up >&2; exit 2 ;; esac
  require_tools curl jq openssl tar gzip setsid
  local start=$SECONDS
  if [[ -e "$KP_NET_HOME" ]]; then
    [[ -f "$KP_NET_HOME/$KP_HOME_MARK" ]] ||
      die "$KP_NET_HOME exists but was not created by kpnet; remove it or set KP_NET_HOME to another folder"
    [[ -f "$KP_NET_HOME/.complete" ]] ||
      die "a previous 'kpnet up' did not finish ($KP_NET_HOME is incomplete): run 'network/kpnet down', then 'network/kpnet up'"
    resume_network "$start"
    return
  fi
  check_ports_free
  step "Fabric binaries (scripts/install-fabric.sh; the first build takes several minutes)"
  local install_log
  install_log="$(mktemp)"
  "$KP_ROOT/scripts/install-fabric.sh" >"$install_log" 2>&1 || { cat "$install_log" >&2; rm -f "$install_log"; die "building Fabric failed (output above)"; }
  require_fabric

  mkdir -p "$KP_NET_HOME"/{logs,pids}
  chmod 700 "$KP_NET_HOME"
  touch "$KP_NET_HOME/$KP_HOME_MARK"
  trap up_failed EXIT
  mv "$install_log" "$KP_NET_HOME/logs/install-fabric.log"
  save_settings

  step "CA server: one CA per organisation (${ORG_CODES[*]}) on $KP_HOST:$KP_CA_PORT"
  write_ca_configs
  start_ca
  step "identities: admins, nodes (with TLS), users with kp.role"
  issue_identities
  step "channel $KP_CHANNEL: configtx.yaml and genesis block"
  write_configtx
  create_genesis_block
  step "ordering service ($KP_CONSENSUS): one node each for ${ORDERING_ORGS[*]}, joined to $KP_CHANNEL with osnadmin"
  start_ordering_service
  step "peers: ${PEER_ORGS[*]}"
  local org
  for org in "${PEER_ORGS[@]}"; do
    write_peer_config "$org"
    start_peer "$org"
  done
  for org in "${PEER_ORGS[@]}"; do wait_peer "$org"; done
  step "peers join $KP_CHANNEL"
  run_each peer_join_channel "${PEER_ORGS[@]}"
  for org in "${PEER_ORGS[@]}"; do
    wait_until 30 "the peer of $org receiving the channel's genesis block" "$KP_NET_HOME/logs/peer-$org.log" peer_height "$org"
  done
  step "client profiles: $KP_NET_HOME/profiles/<ORG>.json and network.json"
  write_profiles
  if service_on; then
    step "services: kpcs serve of ${PEER_ORGS[*]} (index and API on $KP_HOST:$KP_SERVICE_PORT+n; logs/service-<ORG>.log)"
    start_services
  fi
  touch "$KP_NET_HOME/.complete"
  trap - EXIT
  log "network up in $((SECONDS - start))s. Next: network/kpnet deploy   (status: network/kpnet status)"
}

up_failed() {
  [[ -f "$KP_NET_HOME/.complete" ]] && return
  printf '[kpnet] up did not finish; the processes it started are still running. Logs: %s/logs.\n' "$KP_NET_HOME" >&2
  printf '[kpnet] Clean up with: network/kpnet down\n' >&2
}

# The network's data is there but some processes are not (after a reboot, or one crashed).
resume_network() {
  local start="$1" name org stopped=() seq
  while read -r name; do is_running "$name" || stopped+=("$name"); done < <(all_components; all_services)
  if seq="$(current_sequence)"; then
    for org in "${WRITER_ORGS[@]}"; do
      is_running "$(cc_name "$org" "$seq")" || stopped+=("$(cc_name "$org" "$seq")")
    done
  fi
  if ((${#stopped[@]} == 0)); then
    log "the network is already up ($KP_NET_HOME); 'network/kpnet status' shows it, 'network/kpnet down' stops it"
    return
  fi
  require_fabric
  log "restarting stopped processes: ${stopped[*]}"
  if ! is_running ca; then start_ca; fi
  for org in "${ORDERING_ORGS[@]}"; do
    if ! is_running "orderer-$org"; then start_orderer "$org"; fi
  done
  for org in "${ORDERING_ORGS[@]}"; do wait_orderer "$org"; done
  for org in "${PEER_ORGS[@]}"; do
    if ! is_running "peer-$org"; then start_peer "$org"; fi
  done
  for org in "${PEER_ORGS[@]}"; do wait_peer "$org"; done
  resume_chaincode
  start_services
  log "network up again in $((SECONDS - start))s"
}

# --- down --------------------------------------------------------------------------------------------

# Component names of the given pid files that exist.
recorded_names() {
  local f
  for f in "$@"; do
    if [[ -e "$f" ]]; then basename "$f" .pid; fi
  done
}

cmd_down() {
  case "${1:-}" in -h | --help) usage_down; return ;; "") ;; *) usage_down >&2; exit 2 ;; esac
  if [[ ! -e "$KP_NET_HOME" ]]; then
    log "nothing to stop: $KP_NET_HOME does not exist"
    return
  fi
  [[ -f "$KP_NET_HOME/$KP_HOME_MARK" ]] ||
    die "$KP_NET_HOME was not created by kpnet up (no $KP_HOME_MARK in it); not touching it"
  local start=$SECONDS names=()
  # Services (peers' clients), chaincode servers and peers first, then the ordering nodes and the CA (and
  # anything else recorded).
  local pid_dir="$KP_NET_HOME/pids"
  mapfile -t names < <(recorded_names "$pid_dir"/service-*.pid)
  stop_processes "${names[@]}"
  mapfile -t names < <(recorded_names "$pid_dir"/chaincode-*.pid "$pid_dir"/peer-*.pid)
  stop_processes "${names[@]}"
  mapfile -t names < <(recorded_names "$pid_dir"/*.pid)
  stop_processes "${names[@]}"
  local left
  left="$(recorded_names "$pid_dir"/*.pid)"
  [[ -z "$left" ]] || die "could not stop: $left (see $pid_dir); $KP_NET_HOME kept"
  rm -rf "$KP_NET_HOME"
  log "network down in $((SECONDS - start))s; removed $KP_NET_HOME"
}
