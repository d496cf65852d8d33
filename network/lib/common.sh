# shellcheck shell=bash source-path=SCRIPTDIR disable=SC2034
# (SC2034: the variables set here are used by kpnet and the other lib files.)
# Shared by network/kpnet: configuration, the organisation table, paths, processes, waiting.
# Sourced, never run.

KP_NET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KP_ROOT="$(cd "$KP_NET_DIR/.." && pwd)"
KP_CONF="${KP_CONF:-$KP_NET_DIR/network.conf}"
KP_FABRIC_HOME="${KP_FABRIC_HOME:-$KP_ROOT/.fabric}"
KP_NET_HOME="${KP_NET_HOME:-$KP_ROOT/.kpnet}"
[[ "$KP_NET_HOME" == /* ]] || KP_NET_HOME="$PWD/$KP_NET_HOME" # processes run with KP_NET_HOME as their folder
FABRIC_BIN="$KP_FABRIC_HOME/bin"
# Written by `up` into KP_NET_HOME; `down` removes only a folder that carries it.
KP_HOME_MARK=".kpnet-home"

log() { printf '[kpnet] %s\n' "$*"; }
warn() { printf '[kpnet] warning: %s\n' "$*" >&2; }
die() {
  printf '[kpnet] error: %s\n' "$*" >&2
  exit 1
}

lc() { printf '%s' "$1" | tr '[:upper:]' '[:lower:]'; }

# --- configuration -----------------------------------------------------------------------------------

ORG_CODES=()      # every organisation, in table order
PEER_ORGS=()      # organisations that run a peer (all but the orderer organisation)
PARTICIPANTS=()   # kind participant, in table order
WRITER_ORGS=()    # participants and industry: the channel's Writers
ORDERER_ORG=""    # the Secretariat: the organisation of kind orderer
ORDERING_ORGS=()  # organisations that run an ordering node (KP_ORDERING_ORGS)
declare -A ORG_KIND=() ORG_MSP=() ORG_PORT=() ORG_NAME=()

# Settings that `up` records in KP_NET_HOME, so later commands see the network as it was built even if
# network.conf or the environment changed since.
KP_SETTINGS=(KP_ORGS CHAIR_ORG KP_PARTICIPANT_USERS KP_CHAIR_USERS KP_INDUSTRY_USERS KP_OBSERVER_USERS KP_ROLES
  KP_CHANNEL KP_CHAINCODE KP_ENDORSE_QUORUM KP_HOST KP_DOMAIN KP_CA_PORT KP_CA_OPS_PORT KP_CONSENSUS KP_ORDERING_ORGS
  KP_BATCH_TIMEOUT KP_BATCH_SIZE KP_BFT_REQUEST_FORWARD_TIMEOUT KP_BFT_REQUEST_COMPLAIN_TIMEOUT KP_BFT_VIEW_CHANGE_TIMEOUT
  KP_BFT_LEADER_HEARTBEAT_TIMEOUT KP_CC_JAVA_OPTS KP_PVTDATA_PULL_RETRY KP_PVTDATA_RECONCILE_INTERVAL KP_LOG_SPEC
  KP_SERVICE KP_SERVICE_PORT KP_SERVICE_USER KP_SERVICE_JAVA_OPTS)
settings_file() { printf '%s/config/settings.sh' "$KP_NET_HOME"; }

save_settings() {
  mkdir -p "$KP_NET_HOME/config"
  {
    printf '# Settings of this network, recorded by kpnet up from %s and the environment.\n' "$KP_CONF"
    declare -p "${KP_SETTINGS[@]}" | sed 's/^declare -[-a-z]* //'
  } >"$(settings_file)"
}

load_config() {
  if [[ -f "$(settings_file)" ]]; then
    # shellcheck disable=SC1090
    source "$(settings_file)"
  else
    [[ -f "$KP_CONF" ]] || die "configuration file $KP_CONF not found (set KP_CONF or restore network/network.conf)"
    # shellcheck source=../network.conf
    source "$KP_CONF"
  fi
  local line code kind msp port name
  declare -A seen_msp=() seen_port=()
  while IFS= read -r line; do
    line="${line%%#*}"
    [[ -z "${line//[[:space:]]/}" ]] && continue
    read -r code kind msp port name <<<"$line"
    [[ "$code" =~ ^[A-Z][A-Z0-9]{1,9}$ ]] || die "$KP_CONF: organisation code '$code' must be 2-10 upper-case letters or digits"
    [[ -n "${name:-}" ]] || die "$KP_CONF: line '$line' needs CODE KIND MSP_ID PORT NAME"
    [[ "$port" =~ ^[0-9]+$ ]] || die "$KP_CONF: port '$port' of $code is not a number"
    [[ -z "${ORG_KIND[$code]:-}" ]] || die "$KP_CONF: organisation $code is listed twice"
    [[ -z "${seen_msp[$msp]:-}" ]] || die "$KP_CONF: MSP ID $msp is used twice"
    [[ -z "${seen_port[$port]:-}" ]] || die "$KP_CONF: port $port is used twice"
    seen_msp[$msp]=1
    seen_port[$port]=1
    ORG_CODES+=("$code")
    ORG_KIND[$code]="$kind"
    ORG_MSP[$code]="$msp"
    ORG_PORT[$code]="$port"
    ORG_NAME[$code]="$name"
    case "$kind" in
      orderer)
        [[ -z "$ORDERER_ORG" ]] || die "$KP_CONF: only one orderer organisation is supported ($ORDERER_ORG and $code)"
        ORDERER_ORG="$code" ;;
      participant) PEER_ORGS+=("$code"); PARTICIPANTS+=("$code"); WRITER_ORGS+=("$code") ;;
      industry) PEER_ORGS+=("$code"); WRITER_ORGS+=("$code") ;;
      observer) PEER_ORGS+=("$code") ;;
      *) die "$KP_CONF: kind '$kind' of $code must be participant, industry, observer or orderer" ;;
    esac
  done <<<"$KP_ORGS"
  [[ -n "$ORDERER_ORG" ]] || die "$KP_CONF: no organisation of kind orderer"
  [[ "$KP_SERVICE" == on || "$KP_SERVICE" == off ]] || die "KP_SERVICE=$KP_SERVICE must be on or off"
  [[ "$KP_SERVICE_PORT" =~ ^[0-9]+$ ]] || die "KP_SERVICE_PORT=$KP_SERVICE_PORT is not a number"
  ((${#PARTICIPANTS[@]} > 0)) || die "$KP_CONF: no organisation of kind participant"
  [[ "${ORG_KIND[$CHAIR_ORG]:-}" == participant ]] || die "CHAIR_ORG=$CHAIR_ORG is not a Participant in $KP_CONF"
  load_ordering_orgs
  [[ "$KP_ENDORSE_QUORUM" == majority ]] ||
    { [[ "$KP_ENDORSE_QUORUM" =~ ^[0-9]+$ ]] && ((KP_ENDORSE_QUORUM >= 1 && KP_ENDORSE_QUORUM <= ${#PARTICIPANTS[@]})); } ||
    die "KP_ENDORSE_QUORUM=$KP_ENDORSE_QUORUM must be 'majority' or between 1 and the number of Participants (${#PARTICIPANTS[@]})"
}

# Reads the configuration again (after kpnet add-participant changed the recorded settings).
reload_config() {
  ORG_CODES=() PEER_ORGS=() PARTICIPANTS=() WRITER_ORGS=() ORDERING_ORGS=()
  ORDERER_ORG=""
  ORG_KIND=() ORG_MSP=() ORG_PORT=() ORG_NAME=()
  load_config
}

# ORDERING_ORGS from KP_ORDERING_ORGS (default: the Secretariat and every Participant), checked against the
# consensus type: BFT needs n >= 3f + 1 with f >= 1 (4 nodes at least).
load_ordering_orgs() {
  local org
  ORDERING_ORGS=()
  if [[ -z "${KP_ORDERING_ORGS// /}" ]]; then
    ORDERING_ORGS=("$ORDERER_ORG" "${PARTICIPANTS[@]}")
  else
    read -r -a ORDERING_ORGS <<<"$KP_ORDERING_ORGS"
  fi
  for org in "${ORDERING_ORGS[@]}"; do
    case "${ORG_KIND[$org]:-}" in
      orderer | participant) ;;
      "") die "KP_ORDERING_ORGS names $org, which is not in $KP_CONF" ;;
      *) die "KP_ORDERING_ORGS names $org (${ORG_KIND[$org]}): only the Secretariat and Participants run ordering nodes" ;;
    esac
  done
  [[ "$(printf '%s\n' "${ORDERING_ORGS[@]}" | sort | uniq -d)" == "" ]] || die "KP_ORDERING_ORGS lists an organisation twice"
  case "$KP_CONSENSUS" in
    BFT) ((${#ORDERING_ORGS[@]} >= 4)) ||
      die "BFT ordering needs at least 4 nodes (3f+1, f=1); KP_ORDERING_ORGS gives ${#ORDERING_ORGS[@]}: ${ORDERING_ORGS[*]}" ;;
    etcdraft) ;;
    *) die "KP_CONSENSUS=$KP_CONSENSUS must be BFT or etcdraft" ;;
  esac
}

require_org() {
  [[ -n "${ORG_KIND[$1]:-}" ]] || die "unknown organisation '$1' (known: ${ORG_CODES[*]}; see $KP_CONF)"
}

# --- names, ports, folders ---------------------------------------------------------------------------

# Ports: PORT is the first of the organisation's block of ten (see network.conf).
peer_host() { printf 'peer0.%s.%s' "$(lc "$1")" "$KP_DOMAIN"; }
peer_port() { printf '%s' "${ORG_PORT[$1]}"; }
peer_cc_port() { printf '%s' "$((ORG_PORT[$1] + 1))"; }
peer_ops_port() { printf '%s' "$((ORG_PORT[$1] + 2))"; }
peer_endpoint() { printf '%s:%s' "$KP_HOST" "${ORG_PORT[$1]}"; }
cc_server_port() { printf '%s' "$((ORG_PORT[$1] + 3 + $2))"; } # ORG SLOT (0 or 1)
orderer_host() { printf 'orderer0.%s.%s' "$(lc "$1")" "$KP_DOMAIN"; }
orderer_port() { printf '%s' "$((ORG_PORT[$1] + 5))"; }
orderer_admin_port() { printf '%s' "$((ORG_PORT[$1] + 6))"; }
orderer_ops_port() { printf '%s' "$((ORG_PORT[$1] + 7))"; }
orderer_endpoint() { printf '%s:%s' "$KP_HOST" "$(orderer_port "$1")"; }
# The API of ORG's kpcs serve: KP_SERVICE_PORT + the organisation's position among those with a peer.
service_port() {
  local i
  for i in "${!PEER_ORGS[@]}"; do
    if [[ "${PEER_ORGS[$i]}" == "$1" ]]; then printf '%s' "$((KP_SERVICE_PORT + i))"; return; fi
  done
  return 1
}

org_dir() { printf '%s/orgs/%s' "$KP_NET_HOME" "$1"; }
user_dir() { printf '%s/orgs/%s/users/%s' "$KP_NET_HOME" "$1" "$2"; }
user_msp() { printf '%s/msp' "$(user_dir "$1" "$2")"; }
node_dir() { printf '%s/peer0' "$(org_dir "$1")"; }        # the peer's identity and TLS
orderer_dir() { printf '%s/orderer0' "$(org_dir "$1")"; }  # the ordering node's identity and TLS
cc_tls_dir() { printf '%s/chaincode0/tls' "$(org_dir "$1")"; } # the chaincode server's TLS
service_tls_dir() { printf '%s/api0/tls' "$(org_dir "$1")"; } # the API's TLS (kpcs serve --api-port)
org_tls_ca() { printf '%s/msp/tlscacerts/ca.pem' "$(org_dir "$1")"; }
peer_home() { printf '%s/peers/%s' "$KP_NET_HOME" "$1"; }
orderer_home() { printf '%s/orderers/%s' "$KP_NET_HOME" "$1"; }
ca_server_tls_cert() { printf '%s/ca/server/ca-cert.pem' "$KP_NET_HOME"; }
runs_orderer() { [[ " ${ORDERING_ORGS[*]} " == *" $1 "* ]]; }

# --- processes ---------------------------------------------------------------------------------------
# Every process kpnet starts has KP_NET_HOME/pids/<name>.pid holding "PID PROGRAM"; stop_process checks
# that the pid still runs PROGRAM before signalling it, so a recycled pid is never killed.

pid_file() { printf '%s/pids/%s.pid' "$KP_NET_HOME" "$1"; }

# Prints the pid of a running component, or fails.
running_pid() {
  local f pid prog
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  read -r pid prog <"$f" || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$prog" || return 1
  printf '%s' "$pid"
}

is_running() { running_pid "$1" >/dev/null; }

_spawn() { # NAME LOGFILE PROGRAM-NAME COMMAND...
  local name="$1" logfile="$2" prog="$3"
  shift 3
  mkdir -p "$KP_NET_HOME/pids" "$(dirname "$logfile")"
  # In KP_NET_HOME, in a session of its own, without the kpnet lock (fd 9).
  (cd "$KP_NET_HOME" && exec setsid "$@") >>"$logfile" 2>&1 </dev/null 9<&- &
  printf '%s %s\n' "$!" "$prog" >"$(pid_file "$name")"
}

# start_process NAME LOGFILE PROGRAM ARG...: runs PROGRAM in its own session, detached from the terminal.
start_process() {
  local name="$1" logfile="$2"
  shift 2
  _spawn "$name" "$logfile" "$(basename "$1")" "$@"
}

# start_with_env NAME LOGFILE ENVFILE PROGRAM ARG...: as start_process, with exactly the environment in
# ENVFILE (KEY=VALUE lines) plus PATH and HOME: nothing from the caller's environment leaks in.
start_with_env() {
  local name="$1" logfile="$2" envfile="$3"
  shift 3
  local vars=()
  mapfile -t vars <"$envfile"
  _spawn "$name" "$logfile" "$(basename "$1")" env -i "PATH=$PATH" "HOME=${HOME:-$KP_NET_HOME}" "${vars[@]}" "$@"
}

# stop_processes NAME...: SIGTERM to all, then waits up to 10s for them and SIGKILLs what is left.
stop_processes() {
  local name pid i names=() pids=()
  for name in "$@"; do
    if pid="$(running_pid "$name")"; then
      kill -TERM "$pid" 2>/dev/null || true
      names+=("$name")
      pids+=("$pid")
    fi
    rm -f "$(pid_file "$name")"
  done
  for i in "${!pids[@]}"; do
    local tries=0
    while [[ -d "/proc/${pids[$i]}" ]] && ((tries++ < 100)); do sleep 0.1; done
    if [[ -d "/proc/${pids[$i]}" ]]; then
      warn "${names[$i]} (pid ${pids[$i]}) ignored SIGTERM for 10s; sending SIGKILL"
      kill -KILL "${pids[$i]}" 2>/dev/null || true
    fi
    log "stopped ${names[$i]} (pid ${pids[$i]})"
  done
}

stop_process() { stop_processes "$1"; }

port_in_use() { (exec 3<>"/dev/tcp/$KP_HOST/$1") 2>/dev/null; }

# wait_until SECONDS WHAT LOGFILE COMMAND...: retries COMMAND every 0.2s; on timeout shows the log's tail.
wait_until() {
  local seconds="$1" what="$2" logfile="$3"
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      if [[ -n "$logfile" && -f "$logfile" ]]; then
        printf '[kpnet] last lines of %s:\n' "$logfile" >&2
        tail -n 25 "$logfile" >&2
      fi
      die "$what did not happen within ${seconds}s"
    fi
    sleep 0.2
  done
}

healthy() { curl -sf --max-time 2 "http://$KP_HOST:$1/healthz" >/dev/null; }

require_fabric() {
  local b
  for b in peer orderer configtxgen osnadmin fabric-ca-server fabric-ca-client; do
    [[ -x "$FABRIC_BIN/$b" ]] || die "$FABRIC_BIN/$b is missing: run scripts/install-fabric.sh (or kpnet up, which runs it)"
  done
}

require_tools() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null || die "'$t' is required and was not found on PATH"
  done
}

# One changing command (up, down, deploy, enroll) at a time: they hold a lock on this script (fd 9).
take_lock() {
  exec 9<"$KP_NET_DIR/kpnet"
  if ! flock -n 9; then
    log "waiting for another kpnet up, down, deploy or enroll to finish"
    flock -w 900 9 || die "another kpnet command has held the lock for 15 minutes; check with: ps -ef | grep kpnet"
  fi
}

# --- peer CLI ----------------------------------------------------------------------------------------

# as_user ORG USER COMMAND...: runs a Fabric CLI command as USER of ORG against ORG's peer, with a clean
# environment (only what the CLI needs).
as_user() {
  local org="$1" user="$2"
  shift 2
  local msp
  msp="$(user_msp "$org" "$user")"
  [[ -d "$msp" ]] || die "no identity $user in $org (looked in $msp)"
  env -i "PATH=$PATH" "HOME=${HOME:-$KP_NET_HOME}" \
    FABRIC_CFG_PATH="$(peer_home "$org")" \
    FABRIC_LOGGING_SPEC=warning \
    CORE_PEER_LOCALMSPID="${ORG_MSP[$org]}" \
    CORE_PEER_MSPCONFIGPATH="$msp" \
    CORE_PEER_ADDRESS="$(peer_endpoint "$org")" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$(org_tls_ca "$org")" \
    "$@"
}

# The first ordering node that runs (the first configured one if none does).
live_orderer() {
  local org
  for org in "${ORDERING_ORGS[@]}"; do
    if is_running "orderer-$org"; then printf '%s' "$org"; return; fi
  done
  printf '%s' "${ORDERING_ORGS[0]}"
}

# Arguments that send a transaction to an ordering node over TLS (with BFT, any node forwards it).
orderer_args() {
  local org
  org="$(live_orderer)"
  printf '%s\n' -o "$(orderer_endpoint "$org")" --tls --cafile "$(org_tls_ca "$org")"
}
