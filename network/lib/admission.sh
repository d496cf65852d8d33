# shellcheck shell=bash
# kpnet add-participant: a Participant the Plenary has admitted joins the running network (KPCS VI 8-9):
# its CA, identities, the channel configuration update, its peer, its chaincode server, a new chaincode
# definition that names it, and its accession on the ledger. Sourced by network/kpnet, never run.

admission_mark() { printf '%s/config/admission-%s.%s' "$KP_NET_HOME" "$1" "$2"; } # CODE started|complete
admission_dir() { printf '%s/channel/add-%s' "$KP_NET_HOME" "$1"; }

# The registry's record of CODE as JSON, read by the first founding Participant's delegate.
registry_record() {
  KP_NET_HOME="$KP_NET_HOME" "$KP_ROOT/scripts/kpcs" --org "${PARTICIPANTS[0]}" --user delegate --json participant show "$1"
}

# The first port of the next free block of ten (after every organisation's block).
next_port_block() {
  local org port max=0
  for org in "${ORG_CODES[@]}"; do
    port="${ORG_PORT[$org]}"
    ((port > max)) && max="$port"
  done
  printf '%s' "$((max + 10))"
}

# Records the new organisation in the network's settings, so every later kpnet command knows it. The
# ordering service keeps its nodes: an empty KP_ORDERING_ORGS (every Participant) is pinned to today's list.
# The chaincode's endorsement quorum keeps its number: 'majority' is pinned to today's majority (2 of the 3
# founders). A Certificate's issuance and confirmation carry the commercial details as transient data, which
# only the exporter's and the importer's peers may see, so the client has exactly those two peers endorse
# them; a chaincode-wide quorum above 2 could never be met by them. The registry's own records stay bound to
# a majority of the active Participants by key-level policies, which the accession widens to the newcomer.
record_new_org() {
  local code="$1" msp="$2" name="$3" port="$4" p
  for p in "$port" "$((port + 1))" "$((port + 2))" "$((port + 3))" "$((port + 4))"; do
    port_in_use "$p" && die "port $p (of the block $port..$((port + 9)) for $code) is in use; free it first"
  done
  [[ -n "${KP_ORDERING_ORGS// /}" ]] || KP_ORDERING_ORGS="${ORDERING_ORGS[*]}"
  [[ "$KP_ENDORSE_QUORUM" != majority ]] || KP_ENDORSE_QUORUM="$(endorse_quorum)"
  KP_ORGS="${KP_ORGS%$'\n'}"$'\n'"$code  participant  $msp  $port  $name"$'\n'
  save_settings
  touch "$(admission_mark "$code" started)"
  reload_config
}

# The CA server gets the new organisation's CA: its configuration is rewritten and the server restarted
# (the other CAs keep their keys and databases).
add_org_ca() {
  local code="$1"
  write_org_ca_config "$code"
  write_ca_server_config
  stop_process ca
  start_ca
  wait_until 20 "the CA of $code" "$KP_NET_HOME/logs/ca.log" test -s "$(ca_dir "$code")/ca-cert.pem"
}

# The Application group's Admins policy in the configuration CONFIG_JSON, as its rule says: that many
# writer organisations other than CODE, Participants first.
admins_signers() {
  local code="$1" config="$2" required org signers=() others=()
  required="$(jq -r '.channel_group.groups.Application.policies.Admins.policy.value.rule.n_out_of.n' "$config")"
  for org in "${WRITER_ORGS[@]}"; do
    [[ "$org" == "$code" ]] && continue
    if [[ "${ORG_KIND[$org]}" == participant ]]; then signers+=("$org"); else others+=("$org"); fi
  done
  signers+=("${others[@]}")
  printf '%s\n' "${signers[@]:0:$required}"
}

# A jq filter: the Application group's policies (Writers, Admins, Endorsement, LifecycleEndorsement) as the
# target configuration $t generated from today's organisations has them.
# shellcheck disable=SC2016 # a jq program: $t is jq's variable
APP_POLICIES_FROM_TARGET='.channel_group.groups.Application.policies |=
  with_entries(.value.policy = $t[0].channel_group.groups.Application.policies[.key].policy)'

# DIR/target.json: the channel profile as configtxgen generates it from today's settings.
target_channel_config() {
  local dir="$1" log="$2"
  write_configtx
  FABRIC_CFG_PATH="$KP_NET_HOME/config" "$FABRIC_BIN/configtxgen" -profile Kimberley -channelID "$KP_CHANNEL" \
    -outputBlock "$dir/target.pb" >>"$log" 2>&1 || die "configtxgen failed: see $log"
  config_json "$dir/target.pb" >"$dir/target.json"
}

# The update from DIR/config.json to DIR/modified.json, signed by as many admins (other than CODE's) as the
# Application Admins policy requires, then submitted.
submit_config_update() {
  local code="$1" dir="$2" log="$3" signers=()
  config_update_tx "$dir" "$log"
  mapfile -t signers < <(admins_signers "$code" "$dir/config.json")
  log "signing the update as the admins of ${signers[*]} (the Application Admins policy: ${#signers[@]} of the" \
    "writer organisations' admins)"
  sign_and_submit "$dir" "$log" "${signers[@]}"
}

# The channel configuration update that adds CODE's organisation to the Application group and widens the
# group's policies (Writers, Admins, Endorsement, LifecycleEndorsement) to it.
channel_add_org() {
  local code="$1" msp="${ORG_MSP[$1]}" dir log
  dir="$(admission_dir "$code")"
  log="$KP_NET_HOME/logs/add-participant-$code.log"
  fetch_channel_config "$dir" "$log"
  if jq -e --arg m "$msp" '.channel_group.groups.Application.groups | has($m)' "$dir/config.json" >/dev/null; then
    log "$msp is already in the channel configuration"
    return
  fi
  target_channel_config "$dir" "$log"
  jq --arg m "$msp" --slurpfile t "$dir/target.json" \
    ".channel_group.groups.Application.groups[\$m] = \$t[0].channel_group.groups.Application.groups[\$m] | $APP_POLICIES_FROM_TARGET" \
    "$dir/config.json" >"$dir/modified.json"
  submit_config_update "$code" "$dir" "$log"
  wait_until 30 "the configuration update reaching the peer of $CONFIG_UPDATE_WITNESS" "$log" \
    channel_has_msp "$CONFIG_UPDATE_WITNESS" "$msp"
}

channel_has_msp() { # ORG MSP: ORG's peer sees MSP in the channel configuration
  local file args=()
  file="$(admission_dir "$2")-check.pb"
  mapfile -t args < <(orderer_args)
  as_user "$1" admin peer channel fetch config "$file" -c "$KP_CHANNEL" "${args[@]}" >/dev/null 2>&1 &&
    config_json "$file" | jq -e --arg m "$2" '.channel_group.groups.Application.groups | has($m)' >/dev/null
}

# The new organisation's peer: started, joined from the genesis block, caught up with the others.
add_org_peer() {
  local code="$1" want
  write_peer_config "$code"
  is_running "peer-$code" || start_peer "$code"
  wait_peer "$code"
  peer_join_channel "$code"
  want="$(peer_height "${PARTICIPANTS[0]}")"
  wait_until 120 "the peer of $code catching up to height $want" "$KP_NET_HOME/logs/peer-$code.log" peer_at_height "$code" "$want"
}

peer_at_height() { local h; h="$(peer_height "$1")" && ((h >= $2)); }

# The chaincode on the new organisation: the current package installed on its peer and its own chaincode
# server started (the others keep running); then a new definition (sequence + 1, the same package) whose
# endorsement policy names the new Participant, approved by every writer organisation, the new one included,
# and committed.
add_org_chaincode() {
  local code="$1" seq pkgid slot dir next
  read -r seq pkgid slot <"$(cc_home)/current"
  dir="$(cc_home)/${CC}_$seq"
  install_on_peer "$code" "$dir/${CC}_$seq.tar.gz" "$pkgid"
  is_running "$(cc_name "$code" "$seq")" || start_chaincode "$code" "$seq" "$pkgid" "$slot" "$dir/$CC_JAR"
  wait_until "${KP_CC_WAIT:-90}" "the chaincode server of $code listening" "$(cc_log "$code")" port_in_use "$(cc_server_port "$code" "$slot")"
  write_collections # the new Participant joins the collection "participants"
  next=$(($(committed_sequence) + 1))
  log "chaincode $CC: definition sequence $next with the endorsement policy $(endorsement_policy), package $pkgid"
  run_each approve_for_org "${WRITER_ORGS[@]}" -- "$pkgid" "$next"
  commit_definition "$next"
  wait_until "${KP_CC_WAIT:-90}" "the chaincode answering on the peer of $code" "$(cc_log "$code")" metadata_query "$code"
}

usage_add_participant() {
  cat <<USAGE
Usage: kpnet add-participant CODE NAME

Brings a Participant that the Plenary has admitted (the registry shows CODE as ADMITTED: the Chair recorded
its application with 'kpcs participant record-application' and a majority approved 'propose-status CODE
ADMITTED') onto the running network, without stopping it:
  1. records the organisation (CODE, MSP id from the registry, the next free block of ten ports) in the
     network's settings, so status, start, down, deploy, env and enroll know it;
  2. adds its CA to the CA server (restarted) and issues its admin, peer, chaincode server and users;
  3. updates the channel configuration: its MSP in the Application group, whose Writers, Admins and
     endorsement policies now count it; signed by the admins the Application Admins policy requires;
  4. starts its peer, joins it to the channel and waits until it has caught up;
  5. installs the chaincode package on it, starts its chaincode server, and commits a new chaincode
     definition (same package, next sequence) whose endorsement policy and private data collection
     ("participants") name it, approved by every writer
     organisation, the new one included;
  6. writes its client profile and network.json, waits for gossip, and records its accession on the ledger as
     its delegate ('kpcs participant accede CODE'): it is ACTIVE.
Each step is skipped when already done, so an interrupted run can be repeated. A CODE already in the
network is refused. The ordering service is unchanged (the new Participant runs no ordering node).
USAGE
}

cmd_add_participant() {
  case "${1:-}" in -h | --help) usage_add_participant; return ;; esac
  (($# == 2)) || { usage_add_participant >&2; exit 2; }
  local code="$1" name="$2" start=$SECONDS step_start record status msp resuming=0
  [[ "$code" =~ ^[A-Z]{2}$ ]] || die "CODE '$code': the Participant's ISO 3166-1 alpha-2 code (or EU), two capital letters"
  [[ -n "${name// /}" ]] || die "NAME: the Participant's name, for example \"South Africa\""
  [[ -f "$KP_NET_HOME/.complete" ]] || die "the network is not up: network/kpnet up"
  [[ -f "$(cc_home)/current" ]] || die "the chaincode is not deployed: network/kpnet deploy"
  if [[ -n "${ORG_KIND[$code]:-}" ]]; then
    [[ -f "$(admission_mark "$code" started)" && ! -f "$(admission_mark "$code" complete)" ]] ||
      die "$code (${ORG_NAME[$code]}, ${ORG_MSP[$code]}) is already in the network; nothing to add ('kpnet status' shows it)"
    resuming=1
    log "resuming the admission of $code"
  fi
  local name_
  while read -r name_; do
    is_running "$name_" || die "$name_ is not running: network/kpnet up (restarts it), then add-participant again"
  done < <(all_components)
  [[ -x "$FABRIC_BIN/configtxlator" ]] || die "$FABRIC_BIN/configtxlator is missing: run scripts/install-fabric.sh"

  record="$(registry_record "$code" 2>&1)" ||
    die "$code is not in the registry ($record); the Chair records its application first: kpcs participant record-application $code ..."
  status="$(jq -r .status <<<"$record")"
  msp="$(jq -r .mspId <<<"$record")"
  case "$status" in
    ADMITTED) ;;
    ACTIVE) ((resuming)) || die "$code is already an ACTIVE Participant in the registry" ;;
    APPLICANT) die "the Plenary has not admitted $code: its application is recorded, but no decision to admit it is adopted (kpcs participant propose-status $code ADMITTED, then a majority of the delegates approve)" ;;
    *) die "$code is $status in the registry, not ADMITTED by the Plenary" ;;
  esac
  ((resuming)) || record_new_org "$code" "$msp" "$name" "$(next_port_block)"
  local first="${ORG_PORT[$code]}"
  log "admitting $code ($name, $msp) on ports $first..$((first + 9))"

  step_start=$SECONDS
  add_org_ca "$code"
  issue_org_identities "$code" >"$KP_NET_HOME/logs/identities-$code.log" 2>&1 ||
    die "issuing the identities of $code failed: see $KP_NET_HOME/logs/identities-$code.log"
  log "CA and identities of $code in $((SECONDS - step_start))s"
  step_start=$SECONDS
  channel_add_org "$code"
  log "channel configuration update in $((SECONDS - step_start))s"
  step_start=$SECONDS
  add_org_peer "$code"
  log "peer of $code joined and caught up in $((SECONDS - step_start))s"
  step_start=$SECONDS
  add_org_chaincode "$code"
  log "chaincode definition with $code committed in $((SECONDS - step_start))s"
  step_start=$SECONDS
  write_profiles
  wait_for_gossip
  if [[ "$status" == ADMITTED ]]; then
    KP_NET_HOME="$KP_NET_HOME" "$KP_ROOT/scripts/kpcs" --org "$code" --user delegate participant accede "$code" \
      >>"$KP_NET_HOME/logs/add-participant-$code.log" 2>&1 ||
      die "the accession of $code was refused: see $KP_NET_HOME/logs/add-participant-$code.log"
  fi
  start_services "$code"
  touch "$(admission_mark "$code" complete)"
  log "profiles, gossip, accession and kpcs serve in $((SECONDS - step_start))s"
  log "$code is an ACTIVE Participant on $KP_CHANNEL, added in $((SECONDS - start))s (network/kpnet status shows it)"
}
