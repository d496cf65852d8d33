# shellcheck shell=bash
# kpnet remove-participant: a Participant that has withdrawn (its delegate ran 'kpcs participant withdraw')
# leaves the running network, the reverse of add-participant: its processes stopped, its organisation taken out
# of the channel configuration, and a chaincode definition that no longer names it. Sourced by network/kpnet.

withdrawal_dir() { printf '%s/channel/remove-%s' "$KP_NET_HOME" "$1"; }
withdrawal_mark() { printf '%s/config/withdrawal-%s.%s' "$KP_NET_HOME" "$1" "$2"; } # CODE started|chaincode|complete

# The organisation's own processes: its service, chaincode servers and peer (by their pid files).
stop_org_processes() {
  local code="$1" pid_dir="$KP_NET_HOME/pids" names=()
  mapfile -t names < <(recorded_names "$pid_dir/service-$code.pid" "$pid_dir"/chaincode-"$code"-*.pid \
    "$pid_dir/peer-$code.pid")
  ((${#names[@]} == 0)) || stop_processes "${names[@]}"
}

# Drops CODE from the recorded settings, so every later kpnet command (status, deploy, down...) forgets it; its
# files (identities, ledger copy, logs) stay in KP_NET_HOME for the record.
forget_org() {
  local code="$1" line first kept=""
  while IFS= read -r line; do
    read -r first _ <<<"${line%%#*}"
    [[ "${first:-}" == "$code" ]] || kept+="$line"$'\n'
  done <<<"$KP_ORGS"
  KP_ORGS="$kept"
  save_settings
  reload_config
  rm -f "$KP_NET_HOME/profiles/$code.json"
}

# The channel configuration update that removes MSP from the Application group and narrows the group's
# policies (Writers, Admins, Endorsement, LifecycleEndorsement) to the organisations that remain.
channel_remove_org() {
  local code="$1" msp="$2" dir log
  dir="$(withdrawal_dir "$code")"
  log="$KP_NET_HOME/logs/remove-participant-$code.log"
  fetch_channel_config "$dir" "$log"
  if ! jq -e --arg m "$msp" '.channel_group.groups.Application.groups | has($m)' "$dir/config.json" >/dev/null; then
    log "$msp is no longer in the channel configuration"
    return
  fi
  target_channel_config "$dir" "$log"
  jq --arg m "$msp" --slurpfile t "$dir/target.json" \
    "del(.channel_group.groups.Application.groups[\$m]) | $APP_POLICIES_FROM_TARGET" \
    "$dir/config.json" >"$dir/modified.json"
  submit_config_update "$code" "$dir" "$log"
  wait_until 30 "the configuration update reaching the peer of $CONFIG_UPDATE_WITNESS" "$log" \
    channel_lacks_msp "$CONFIG_UPDATE_WITNESS" "$msp"
}

channel_lacks_msp() { ! channel_has_msp "$@"; }

# A chaincode definition (next sequence, the same package) whose endorsement policy and collection
# "participants" no longer name CODE, approved by the writer organisations that remain and committed.
chaincode_without_org() {
  local pkgid next
  read -r _ pkgid _ <"$(cc_home)/current"
  write_collections # the collection "participants" no longer names it
  next=$(($(committed_sequence) + 1))
  log "chaincode $CC: definition sequence $next with the endorsement policy $(endorsement_policy), package $pkgid"
  run_each approve_for_org "${WRITER_ORGS[@]}" -- "$pkgid" "$next"
  commit_definition "$next"
}

usage_remove_participant() {
  cat <<USAGE
Usage: kpnet remove-participant CODE

Takes a Participant that has withdrawn (the registry shows CODE as WITHDRAWN: its delegate ran 'kpcs
participant withdraw CODE --notified-on DATE') off the running network, without stopping the others:
  1. stops its kpcs serve, chaincode server and peer (their files stay in the network's folder);
  2. forgets the organisation in the network's settings, so status, start, deploy and down no longer know it;
  3. updates the channel configuration: its MSP out of the Application group, whose Writers, Admins and
     endorsement policies no longer count it; signed by the admins the Application Admins policy requires
     among the organisations that remain;
  4. commits a new chaincode definition (same package, next sequence) whose endorsement policy and private
     data collection ("participants") no longer name it, approved by every remaining writer organisation.
Each step is skipped when already done, so an interrupted run can be repeated. Refused for an organisation
that runs an ordering node (the BFT consenter set is not changed by kpnet) and for the Chair's organisation.
USAGE
}

cmd_remove_participant() {
  case "${1:-}" in -h | --help) usage_remove_participant; return ;; esac
  (($# == 1)) || { usage_remove_participant >&2; exit 2; }
  local code="$1" start=$SECONDS step_start record status msp
  [[ -f "$KP_NET_HOME/.complete" ]] || die "the network is not up: network/kpnet up"
  [[ -f "$(cc_home)/current" ]] || die "the chaincode is not deployed: network/kpnet deploy"
  if [[ -z "${ORG_KIND[$code]:-}" ]]; then
    [[ -f "$(withdrawal_mark "$code" started)" && ! -f "$(withdrawal_mark "$code" complete)" ]] ||
      die "$code is not an organisation of this network ('kpnet status' lists them)"
    log "resuming the removal of $code"
    msp="$(cat "$(withdrawal_mark "$code" started)")"
  else
    [[ "${ORG_KIND[$code]}" == participant ]] || die "$code is the ${ORG_KIND[$code]} organisation, not a Participant"
    [[ "$code" != "$CHAIR_ORG" ]] || die "$code bootstrapped the registry as the Chair's organisation; kpnet keeps it"
    runs_orderer "$code" &&
      die "$code runs an ordering node; kpnet does not change the BFT consenter set, so it cannot remove $code"
    record="$(registry_record "$code" 2>&1)" || die "$code is not in the registry: $record"
    status="$(jq -r .status <<<"$record")"
    [[ "$status" == WITHDRAWN ]] ||
      die "$code is $status in the registry; its delegate records the withdrawal first: kpcs participant withdraw $code --notified-on DATE --org $code --user delegate"
    msp="${ORG_MSP[$code]}"
    printf '%s\n' "$msp" >"$(withdrawal_mark "$code" started)"
    step_start=$SECONDS
    stop_org_processes "$code"
    forget_org "$code"
    write_profiles
    log "processes of $code stopped and $code forgotten in $((SECONDS - step_start))s"
  fi
  step_start=$SECONDS
  channel_remove_org "$code" "$msp"
  log "channel configuration update in $((SECONDS - step_start))s"
  if [[ ! -f "$(withdrawal_mark "$code" chaincode)" ]]; then
    step_start=$SECONDS
    chaincode_without_org
    touch "$(withdrawal_mark "$code" chaincode)"
    log "chaincode definition without $code committed in $((SECONDS - step_start))s"
  fi
  touch "$(withdrawal_mark "$code" complete)"
  log "$code ($msp) is off $KP_CHANNEL, removed in $((SECONDS - start))s; its records stay on the ledger"
}
