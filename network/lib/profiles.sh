# shellcheck shell=bash
# Client profiles (KP_NET_HOME/profiles/<CODE>.json) and KP_NET_HOME/network.json, read by the Java
# gateway-app. Sourced by network/kpnet, never run.

# The profile of one organisation: its peer and every user enrolled so far (admin included).
write_profile() {
  local org="$1" dir users='{}' user_path user role cert key
  dir="$KP_NET_HOME/profiles"
  mkdir -p "$dir"
  for user_path in "$(org_dir "$org")"/users/*/; do
    user="$(basename "$user_path")"
    [[ -f "$user_path/role" ]] || continue
    role="$(cat "$user_path/role")"
    cert="${user_path}msp/signcerts/cert.pem"
    key="$(find "${user_path}msp/keystore" -name '*_sk' | head -n 1)"
    users="$(jq -c --arg u "$user" --arg c "$cert" --arg k "$key" --arg r "$role" \
      '. + {($u): {cert: $c, key: $k, role: $r}}' <<<"$users")"
  done
  jq -n --arg org "$org" --arg msp "${ORG_MSP[$org]}" --arg kind "${ORG_KIND[$org]}" --arg name "${ORG_NAME[$org]}" \
    --arg endpoint "$(peer_endpoint "$org")" --arg alias "$(peer_host "$org")" \
    --arg root "$(node_dir "$org")/tls/ca.crt" --argjson users "$users" \
    --arg service "$(if service_on; then printf '%s:%s' "$KP_HOST" "$(service_port "$org")"; fi)" \
    '{org: $org, mspId: $msp, kind: $kind, name: $name,
      peer: {endpoint: $endpoint, hostAlias: $alias, tlsRootCert: $root},
      users: $users} + (if $service == "" then {} else {serviceEndpoint: $service} end)' >"$dir/$org.json.tmp"
  mv "$dir/$org.json.tmp" "$dir/$org.json"
}

write_network_json() {
  # Participants in table order; orgs: every organisation that has a profile (a peer), in table order;
  # orderers: every ordering node's endpoint and TLS CA (clients and tools may use any of them).
  local org orderers=()
  for org in "${ORDERING_ORGS[@]}"; do
    orderers+=("$(jq -nc --arg o "$org" --arg e "$(orderer_endpoint "$org")" --arg c "$(org_tls_ca "$org")" \
      '{org: $o, endpoint: $e, tlsRootCert: $c}')")
  done
  jq -n --arg channel "$KP_CHANNEL" --arg chaincode "$KP_CHAINCODE" --arg chair "$CHAIR_ORG" --arg consensus "$KP_CONSENSUS" \
    --argjson participants "$(printf '%s\n' "${PARTICIPANTS[@]}" | jq -R . | jq -s .)" \
    --argjson orgs "$(printf '%s\n' "${PEER_ORGS[@]}" | jq -R . | jq -s .)" \
    --argjson orderers "$(printf '%s\n' "${orderers[@]}" | jq -s .)" \
    '{channel: $channel, chaincode: $chaincode, participants: $participants, orgs: $orgs, chair: $chair,
      consensus: $consensus, orderers: $orderers}' \
    >"$KP_NET_HOME/network.json"
}

write_profiles() {
  local org
  for org in "${PEER_ORGS[@]}"; do write_profile "$org"; done
  write_network_json
}
