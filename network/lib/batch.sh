# shellcheck shell=bash
# kpnet set-batch: how the ordering service cuts blocks, changed on the running network by a configuration
# update of the channel's Orderer group, signed by a majority of the ordering organisations' admins (the group's
# Admins policy). Sourced by network/kpnet.

usage_set_batch() {
  cat <<EOF
Usage: network/kpnet set-batch [TIMEOUT SIZE]

Without arguments, prints how the running network cuts blocks: "TIMEOUT SIZE" as the channel configuration
has them. With them, changes it: a block is cut once SIZE transactions wait, or TIMEOUT (such as 250ms or 2s)
after the first of them. The change is a channel configuration update of the Orderer group (BatchTimeout and
BatchSize.MaxMessageCount; with SmartBFT also RequestBatchMaxInterval and RequestBatchMaxCount, which cut the
blocks there), signed by the admins of a majority of the ordering organisations, those with a peer first. The
recorded settings (KP_BATCH_TIMEOUT, KP_BATCH_SIZE) follow. Log: logs/set-batch.log.
EOF
}

batch_of() { # CONFIG_JSON: "TIMEOUT SIZE" as the Orderer group has them
  jq -r '.channel_group.groups.Orderer.values | "\(.BatchTimeout.value.timeout) \(.BatchSize.value.max_message_count)"' "$1"
}

# As many ordering organisations as MAJORITY Admins needs, those that run a peer first (their admins have a
# peer configuration to sign with).
orderer_admins() {
  local org with_peer=() without=()
  for org in "${ORDERING_ORGS[@]}"; do
    if [[ " ${PEER_ORGS[*]} " == *" $org "* ]]; then with_peer+=("$org"); else without+=("$org"); fi
  done
  with_peer+=("${without[@]}")
  printf '%s\n' "${with_peer[@]:0:$((${#ORDERING_ORGS[@]} / 2 + 1))}"
}

# DIR/modified.json: DIR/config.json with blocks cut at TIMEOUT or SIZE transactions.
batch_modified() {
  local dir="$1" timeout="$2" size="$3"
  jq --arg t "$timeout" --argjson n "$size" '
    .channel_group.groups.Orderer.values.BatchTimeout.value.timeout = $t
    | .channel_group.groups.Orderer.values.BatchSize.value.max_message_count = $n
    | if .channel_group.groups.Orderer.values.ConsensusType.value.type == "BFT" then
        .channel_group.groups.Orderer.values.ConsensusType.value.metadata.request_batch_max_interval = $t
        | .channel_group.groups.Orderer.values.ConsensusType.value.metadata.request_batch_max_count = ($n | tostring)
      else . end' "$dir/config.json" >"$dir/modified.json"
}

batch_is() { # DIR "TIMEOUT SIZE": the ordering service's current configuration cuts blocks so
  fetch_channel_config "$1" /dev/null && [[ "$(batch_of "$1/config.json")" == "$2" ]]
}

cmd_set_batch() {
  case "${1:-}" in -h | --help) usage_set_batch; return ;; esac
  (($# == 0 || $# == 2)) || { usage_set_batch >&2; exit 2; }
  [[ -f "$KP_NET_HOME/.complete" ]] || die "the network is not up: network/kpnet up"
  local dir="$KP_NET_HOME/channel/set-batch" log="$KP_NET_HOME/logs/set-batch.log" start=$SECONDS signers=()
  local timeout="${1:-}" size="${2:-}" before
  if (($# == 2)); then
    [[ "$timeout" =~ ^[1-9][0-9]*(ms|s)$ ]] || die "TIMEOUT is a duration such as 250ms or 2s, not '$timeout'"
    [[ "$size" =~ ^[1-9][0-9]{0,4}$ ]] || die "SIZE is a number of transactions from 1 to 99999, not '$size'"
  fi
  rm -rf "$dir"
  fetch_channel_config "$dir" "$log"
  if (($# == 0)); then batch_of "$dir/config.json"; return; fi
  before="$(batch_of "$dir/config.json")"
  if [[ "$before" == "$timeout $size" ]]; then
    log "blocks are already cut at $timeout or $size transactions"
    return
  fi
  log "blocks are cut at ${before% *} or ${before#* } transactions; changing to $timeout or $size"
  batch_modified "$dir" "$timeout" "$size"
  config_update_tx "$dir" "$log"
  mapfile -t signers < <(orderer_admins)
  log "signing as the admins of ${signers[*]} (the Orderer group's MAJORITY Admins: ${#signers[@]} of" \
    "${#ORDERING_ORGS[@]} ordering organisations)"
  sign_and_submit "$dir" "$log" "${signers[@]}"
  wait_until 30 "the ordering service's configuration cutting blocks at $timeout or $size" "$log" \
    batch_is "$dir/check" "$timeout $size"
  # shellcheck disable=SC2034 # recorded by save_settings (KP_SETTINGS)
  KP_BATCH_TIMEOUT="$timeout" KP_BATCH_SIZE="$size"
  save_settings
  log "blocks are now cut at $timeout or $size transactions ($((SECONDS - start))s)"
}
