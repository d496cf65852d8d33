# shellcheck shell=bash
# Channel configuration updates on the running network: fetch the current configuration as JSON, compute the
# update to a modified copy, sign it as the admins a policy requires and submit it. Used by add-participant and
# remove-participant (the Application group) and set-batch (the Orderer group). Sourced by network/kpnet.

config_json() { # BLOCK_FILE: the channel configuration inside a config block
  "$FABRIC_BIN/configtxlator" proto_decode --input "$1" --type common.Block | jq '.data.data[0].payload.data.config'
}

# DIR/config.json: the channel's current configuration, fetched by the first Participant's admin.
fetch_channel_config() {
  local dir="$1" log="$2" args=()
  mkdir -p "$dir"
  mapfile -t args < <(orderer_args)
  as_user "${PARTICIPANTS[0]}" admin peer channel fetch config "$dir/config.pb" "${args[@]}" -c "$KP_CHANNEL" >>"$log" 2>&1 ||
    die "could not fetch the configuration of $KP_CHANNEL: see $log"
  config_json "$dir/config.pb" >"$dir/config.json"
}

# DIR/update.tx: the configuration update from DIR/config.json to DIR/modified.json, as an unsigned envelope.
config_update_tx() {
  local dir="$1" log="$2" lator="$FABRIC_BIN/configtxlator"
  "$lator" proto_encode --input "$dir/config.json" --type common.Config --output "$dir/config.cfg"
  "$lator" proto_encode --input "$dir/modified.json" --type common.Config --output "$dir/modified.cfg"
  "$lator" compute_update --channel_id "$KP_CHANNEL" --original "$dir/config.cfg" --updated "$dir/modified.cfg" \
    --output "$dir/update.pb" >>"$log" 2>&1 || die "configtxlator compute_update failed: see $log"
  "$lator" proto_decode --input "$dir/update.pb" --type common.ConfigUpdate |
    jq --arg ch "$KP_CHANNEL" '{payload: {header: {channel_header: {channel_id: $ch, type: 2}}, data: {config_update: .}}}' \
      >"$dir/envelope.json"
  "$lator" proto_encode --input "$dir/envelope.json" --type common.Envelope --output "$dir/update.tx"
}

# DIR/update.tx signed by the admins of every ORG after the first, then submitted by the first's admin (whose
# signature the submission adds); CONFIG_UPDATE_WITNESS names that organisation.
sign_and_submit() {
  local dir="$1" log="$2" args=() org
  shift 2
  local signers=("$@")
  mapfile -t args < <(orderer_args)
  for org in "${signers[@]:1}"; do
    as_user "$org" admin peer channel signconfigtx -f "$dir/update.tx" >>"$log" 2>&1 || die "$org's admin could not sign: see $log"
  done
  as_user "${signers[0]}" admin peer channel update -f "$dir/update.tx" -c "$KP_CHANNEL" "${args[@]}" >>"$log" 2>&1 ||
    die "the channel configuration update was refused: see $log"
  # shellcheck disable=SC2034 # read by the callers of submit_config_update
  CONFIG_UPDATE_WITNESS="${signers[0]}"
}
