# shellcheck shell=bash
# kpnet start, stop, status, logs, enroll and env: operating the running network's processes and identities.
# Sourced by network/kpnet.

usage_start() {
  cat <<EOF
Usage: kpnet start [--java-opts OPTS] COMPONENT...

Starts the named components of a network that is up, when they are not running (after a crash, say):
ca, orderer-<ORG>, peer-<ORG>, chaincode-<ORG> (the chaincode server of the committed sequence) and
service-<ORG> (kpcs serve: the organisation's index and API).
Waits until each is ready. 'kpnet up' starts every stopped component.

  --java-opts OPTS  JVM options for the chaincode servers started now, instead of the network's
                    KP_CC_JAVA_OPTS (scripts/bench.sh compares JVM settings this way); a later
                    'kpnet up' or 'start' without it uses KP_CC_JAVA_OPTS again
EOF
}

usage_stop() {
  cat <<EOF
Usage: kpnet stop COMPONENT...

Stops the named components of a network that is up (SIGTERM, then SIGKILL after 10 s): ca, orderer-<ORG>,
peer-<ORG>, chaincode-<ORG> (the chaincode server of the committed sequence) and service-<ORG> (kpcs serve). The network's data stays;
'kpnet start COMPONENT' or 'kpnet up' starts them again.
EOF
}

usage_status() {
  cat <<EOF
Usage: kpnet status

Shows each process (up or down, pid, resident memory, ports), the channel height on each ordering node and
peer, the committed chaincode, and the memory of all processes together.
Exit status 0 when every process is up, 3 otherwise.
EOF
}

usage_logs() {
  cat <<EOF
Usage: kpnet logs [COMPONENT] [-f] [-n LINES]

COMPONENT: ca, orderer-<ORG>, peer-<ORG> (or just <ORG>), chaincode-<ORG>, service-<ORG>, or another file name in
$KP_NET_HOME/logs
(without .log). Without COMPONENT: the last lines of every process log.
  -f        follow the log
  -n LINES  lines to show (default 50)
EOF
}

usage_enroll() {
  cat <<EOF
Usage: kpnet enroll ORG USER ROLE [FIRM]

Registers USER at the CA of ORG with attribute kp.role=ROLE (and kp.firm=FIRM) in its enrolment
certificate, enrolls it into $KP_NET_HOME/orgs/ORG/users/USER/msp and adds it to the ORG client profile.
Idempotent: enrolling an existing user with the same role and firm changes nothing.
ROLE: one of ${KP_ROLES_HELP}. FIRM is required for role firm (industry firms, usually in WDC).
EOF
}

usage_env() {
  cat <<EOF
Usage: kpnet env ORG USER

Prints export lines that point the peer CLI at ORG's peer as USER (admin or any enrolled user), plus
ORDERER_ADDRESS and ORDERER_CA for commands that submit: eval "\$(network/kpnet env BW admin)"
EOF
}

# --- start ---------------------------------------------------------------------------------------------

cmd_start() {
  case "${1:-}" in -h | --help) usage_start; return ;; "") usage_start >&2; exit 2 ;; esac
  if [[ "$1" == --java-opts ]]; then
    [[ $# -ge 3 ]] || { usage_start >&2; exit 2; }
    # shellcheck disable=SC2034 # read by the chaincode servers' start (lib/chaincode.sh)
    KP_CC_JAVA_OPTS="$2"
    shift 2
  fi
  [[ -f "$KP_NET_HOME/.complete" ]] || die "the network is not up: network/kpnet up"
  require_fabric
  local component org seq pkgid slot jar
  for component in "$@"; do
    org="${component#*-}"
    case "$component" in
      ca) is_running ca || start_ca ;;
      orderer-*)
        runs_orderer "$org" || die "$org runs no ordering node (ordering organisations: ${ORDERING_ORGS[*]})"
        if ! is_running "$component"; then start_orderer "$org"; fi
        wait_orderer "$org" ;;
      peer-*)
        [[ " ${PEER_ORGS[*]} " == *" $org "* ]] || die "$org has no peer (peers: ${PEER_ORGS[*]})"
        if ! is_running "$component"; then start_peer "$org"; fi
        wait_peer "$org" ;;
      chaincode-*)
        [[ " ${WRITER_ORGS[*]} " == *" $org "* ]] || die "$org runs no chaincode server (they run for: ${WRITER_ORGS[*]})"
        [[ -f "$(cc_home)/current" ]] || die "the chaincode is not deployed: network/kpnet deploy"
        read -r seq pkgid slot <"$(cc_home)/current"
        jar="$(cc_home)/${KP_CHAINCODE}_$seq/kpcs-chaincode.jar"
        if ! is_running "$(cc_name "$org" "$seq")"; then start_chaincode "$org" "$seq" "$pkgid" "$slot" "$jar"; fi
        wait_until 90 "the chaincode server of $org listening" "$(cc_log "$org")" port_in_use "$(cc_server_port "$org" "$slot")" ;;
      service-*)
        [[ " ${PEER_ORGS[*]} " == *" $org "* ]] || die "$org runs no service (services run for: ${PEER_ORGS[*]})"
        service_on || die "the services are off in this network (KP_SERVICE=off when it was brought up)"
        service_jar >/dev/null || die "gateway-app/target/kpcs.jar is not built: mvn -pl gateway-app -am install -DskipTests"
        start_services "$org"
        is_running "$component" || die "$component did not start: network/kpnet logs $component" ;;
      *) die "unknown component '$component' (ca, orderer-<ORG>, peer-<ORG>, chaincode-<ORG>, service-<ORG>)" ;;
    esac
    log "$component is up"
  done
}

# --- stop --------------------------------------------------------------------------------------------

cmd_stop() {
  case "${1:-}" in -h | --help) usage_stop; return ;; "") usage_stop >&2; exit 2 ;; esac
  [[ -f "$KP_NET_HOME/.complete" ]] || die "the network is not up: network/kpnet up"
  local component names=() seq pkgid slot
  for component in "$@"; do
    case "$component" in
      ca | orderer-* | peer-* | service-*)
        grep -qx -- "$component" < <(all_components; all_services) || die "unknown component '$component' (see 'kpnet status')"
        names+=("$component") ;;
      chaincode-*)
        [[ " ${WRITER_ORGS[*]} " == *" ${component#*-} "* ]] || die "${component#*-} runs no chaincode server (they run for: ${WRITER_ORGS[*]})"
        [[ -f "$(cc_home)/current" ]] || die "the chaincode is not deployed: network/kpnet deploy"
        read -r seq pkgid slot <"$(cc_home)/current"
        names+=("$(cc_name "${component#*-}" "$seq")") ;;
      *) die "unknown component '$component' (ca, orderer-<ORG>, peer-<ORG>, chaincode-<ORG>, service-<ORG>)" ;;
    esac
  done
  stop_processes "${names[@]}"
}

# --- status ------------------------------------------------------------------------------------------

TOTAL_RSS_KB=0
status_line() { # COMPONENT PORTS [NOTE]
  local pid state="down" rss="-" kb
  if pid="$(running_pid "$1")"; then
    state="up"
    kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
    if [[ -n "$kb" ]]; then
      rss="$((kb / 1024))M"
      TOTAL_RSS_KB=$((TOTAL_RSS_KB + kb))
    fi
  else
    pid="-"
  fi
  printf '  %-16s %-5s %-8s %-6s %-30s %s\n' "$1" "$state" "$pid" "$rss" "$2" "${3:-}"
  [[ "$state" == up ]]
}

cmd_status() {
  case "${1:-}" in -h | --help) usage_status; return ;; "") ;; *) usage_status >&2; exit 2 ;; esac
  if [[ ! -f "$KP_NET_HOME/$KP_HOME_MARK" ]]; then
    log "the network is down ($KP_NET_HOME does not exist): network/kpnet up"
    exit 3
  fi
  local all_up=0 org note height
  printf 'Kimberley network in %s (channel %s, chaincode %s)\n' "$KP_NET_HOME" "$KP_CHANNEL" "$KP_CHAINCODE"
  [[ -f "$KP_NET_HOME/.complete" ]] || printf '  (kpnet up did not finish: run network/kpnet down, then up)\n'
  printf '  %-16s %-5s %-8s %-6s %-30s %s\n' COMPONENT STATE PID RSS PORTS NOTE
  status_line ca "$KP_CA_PORT ops $KP_CA_OPS_PORT" "CAs: ${ORG_CODES[*]}" || all_up=1
  for org in "${ORDERING_ORGS[@]}"; do
    note="${ORG_MSP[$org]} ($KP_CONSENSUS)"
    if is_running "orderer-$org"; then note+=", $KP_CHANNEL $(orderer_channel_info "$org" || true)"; fi
    status_line "orderer-$org" "$(orderer_port "$org") admin $(orderer_admin_port "$org") ops $(orderer_ops_port "$org")" "$note" || all_up=1
  done
  for org in "${PEER_ORGS[@]}"; do
    note="${ORG_MSP[$org]} (${ORG_KIND[$org]})"
    if is_running "peer-$org"; then
      height="$(peer_height "$org" || true)"
      if [[ -n "$height" ]]; then note+=", $KP_CHANNEL height $height"; else note+=", not joined to $KP_CHANNEL"; fi
    fi
    status_line "peer-$org" "$(peer_port "$org") cc $(peer_cc_port "$org") ops $(peer_ops_port "$org")" "$note" || all_up=1
  done
  local seq pkgid slot
  if [[ -f "$(cc_home)/current" ]]; then
    read -r seq pkgid slot <"$(cc_home)/current"
    for org in "${WRITER_ORGS[@]}"; do
      status_line "$(cc_name "$org" "$seq")" "$(cc_server_port "$org" "$slot") (TLS)" "$pkgid" || all_up=1
    done
    if is_running "peer-${WRITER_ORGS[0]}"; then
      local def
      if def="$(as_user "${WRITER_ORGS[0]}" admin peer lifecycle chaincode querycommitted -C "$KP_CHANNEL" -n "$KP_CHAINCODE" -O json 2>/dev/null)"; then
        printf '  chaincode %s committed: sequence %s, approved by %s\n' "$KP_CHAINCODE" "$(jq -r .sequence <<<"$def")" \
          "$(jq -r '[.approvals | to_entries[] | select(.value) | .key] | join(" ")' <<<"$def")"
      fi
    fi
  else
    printf '  chaincode %s: not deployed (network/kpnet deploy)\n' "$KP_CHAINCODE"
  fi
  if service_on; then
    for org in "${PEER_ORGS[@]}"; do
      status_line "$(service_name "$org")" "$(service_port "$org") (API, mTLS)" "kpcs serve as $KP_SERVICE_USER, index orgs/$org/index" || all_up=1
    done
  fi
  printf '  memory: %s MiB resident in all (RSS of the processes above)\n' "$((TOTAL_RSS_KB / 1024))"
  return "$((all_up == 0 ? 0 : 3))"
}

# --- logs --------------------------------------------------------------------------------------------

cmd_logs() {
  local component="" follow=0 lines=50
  while (($# > 0)); do
    case "$1" in
      -h | --help) usage_logs; return ;;
      -f) follow=1 ;;
      -n) [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || { usage_logs >&2; exit 2; }; lines="$2"; shift ;;
      -*) usage_logs >&2; exit 2 ;;
      *) [[ -z "$component" ]] || { usage_logs >&2; exit 2; }; component="$1" ;;
    esac
    shift
  done
  local dir="$KP_NET_HOME/logs"
  [[ -d "$dir" ]] || die "no logs: the network is not up ($dir does not exist)"
  if [[ -z "$component" ]]; then
    local f name
    for name in $(all_components) $(printf 'chaincode-%s\n' "${WRITER_ORGS[@]}") $(all_services); do
      f="$dir/$name.log"
      [[ -f "$f" ]] || continue
      printf '==> %s <==\n' "$f"
      tail -n "$((lines < 50 ? lines : 10))" "$f"
    done
    return
  fi
  if [[ -n "${ORG_KIND[$component]:-}" && "${ORG_KIND[$component]}" != orderer ]]; then component="peer-$component"; fi
  if [[ "$component" == "$ORDERER_ORG" ]]; then component="orderer-$ORDERER_ORG"; fi
  local file="$dir/$component.log"
  if [[ ! -f "$file" ]]; then
    die "no log for '$component'; available: $(cd "$dir" && find . -maxdepth 1 -name '*.log' | sed 's|^\./||; s|\.log$||' | sort | tr '\n' ' ')"
  fi
  if ((follow)); then exec tail -n "$lines" -F "$file"; fi
  tail -n "$lines" "$file"
}

# --- enroll ------------------------------------------------------------------------------------------

cmd_enroll() {
  case "${1:-}" in -h | --help) usage_enroll; return ;; esac
  (($# == 3 || $# == 4)) || { usage_enroll >&2; exit 2; }
  local org="$1" user="$2" role="$3" firm="${4:-}"
  require_org "$org"
  [[ "${ORG_KIND[$org]}" != orderer ]] || die "users are enrolled in organisations with a peer, not in $org"
  [[ "$user" =~ ^[a-z][a-z0-9._-]{0,63}$ ]] || die "user name '$user': lower-case letters, digits, '.', '_' or '-', starting with a letter"
  case "$user" in registrar | peer0 | orderer0 | chaincode0 | api0 | admin) die "'$user' is reserved for the network's own identities" ;; esac
  [[ " $KP_ROLES " == *" $role "* ]] || die "unknown role '$role' (known: $KP_ROLES)"
  if [[ "$role" == firm && -z "$firm" ]]; then die "role firm needs FIRM (the firm's identifier, put in kp.firm)"; fi
  [[ -z "$firm" || "$firm" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "FIRM '$firm': letters, digits, '.', '_' or '-'"
  is_running ca || die "the CA server is not running: network/kpnet up"

  local dir have_role have_firm=""
  dir="$(user_dir "$org" "$user")"
  if [[ -f "$dir/role" && -f "$dir/msp/signcerts/cert.pem" ]]; then
    have_role="$(cat "$dir/role")"
    [[ -f "$dir/firm" ]] && have_firm="$(cat "$dir/firm")"
    if [[ "$have_role" == "$role" && "$have_firm" == "$firm" ]]; then
      write_profile "$org"
      log "$user of $org is already enrolled with kp.role=$role${firm:+ kp.firm=$firm}; nothing to do"
      return
    fi
    die "$user of $org is already enrolled with kp.role=$have_role${have_firm:+ kp.firm=$have_firm}; choose another user name"
  fi
  add_user "$org" "$user" "$role" "$firm"
  write_profile "$org"
  log "enrolled $user of $org (kp.role=$role${firm:+, kp.firm=$firm}): $(user_msp "$org" "$user"); profile $KP_NET_HOME/profiles/$org.json"
}

# --- env ---------------------------------------------------------------------------------------------

cmd_env() {
  case "${1:-}" in -h | --help) usage_env; return ;; esac
  (($# == 2)) || { usage_env >&2; exit 2; }
  local org="$1" user="$2"
  require_org "$org"
  [[ "${ORG_KIND[$org]}" != orderer ]] || die "$org has no peer"
  [[ -d "$(user_msp "$org" "$user")" ]] || die "no user $user in $org (see $KP_NET_HOME/profiles/$org.json)"
  cat <<EOF
export PATH="$FABRIC_BIN:\$PATH"
export FABRIC_CFG_PATH="$(peer_home "$org")"
export CORE_PEER_LOCALMSPID="${ORG_MSP[$org]}"
export CORE_PEER_MSPCONFIGPATH="$(user_msp "$org" "$user")"
export CORE_PEER_ADDRESS="$(peer_endpoint "$org")"
export CORE_PEER_TLS_ENABLED=true
export CORE_PEER_TLS_ROOTCERT_FILE="$(org_tls_ca "$org")"
export ORDERER_ADDRESS="$(orderer_endpoint "$(live_orderer)")"
export ORDERER_CA="$(org_tls_ca "$(live_orderer)")"
EOF
}
