# shellcheck shell=bash
# The ordering service: one ordering node per organisation in ORDERING_ORGS (the Secretariat and the
# Participants by default), SmartBFT or Raft, each node with its organisation's own identity and TLS.
# Sourced by network/kpnet, never run.

# The Orderer section of the channel profile (indented for configtx.yaml).
orderer_section_yaml() {
  local org i=0
  cat <<EOF
    Orderer:
      OrdererType: $KP_CONSENSUS
      BatchTimeout: $KP_BATCH_TIMEOUT
      BatchSize: {MaxMessageCount: $KP_BATCH_SIZE, AbsoluteMaxBytes: 10 MB, PreferredMaxBytes: 2 MB}
EOF
  if [[ "$KP_CONSENSUS" == BFT ]]; then
    printf '      ConsenterMapping:\n'
    for org in "${ORDERING_ORGS[@]}"; do
      i=$((i + 1))
      cat <<EOF
        - ID: $i
          Host: $KP_HOST
          Port: $(orderer_port "$org")
          MSPID: ${ORG_MSP[$org]}
          Identity: $(orderer_dir "$org")/msp/signcerts/cert.pem
          ClientTLSCert: $(orderer_dir "$org")/tls/server.crt
          ServerTLSCert: $(orderer_dir "$org")/tls/server.crt
EOF
    done
    cat <<EOF
      SmartBFT:
        RequestBatchMaxCount: $KP_BATCH_SIZE
        RequestBatchMaxBytes: 10485760
        RequestBatchMaxInterval: $KP_BATCH_TIMEOUT
        IncomingMessageBufferSize: 200
        RequestPoolSize: 100000
        RequestForwardTimeout: $KP_BFT_REQUEST_FORWARD_TIMEOUT
        RequestComplainTimeout: $KP_BFT_REQUEST_COMPLAIN_TIMEOUT
        RequestAutoRemoveTimeout: 3m0s
        ViewChangeResendInterval: 2s
        ViewChangeTimeout: $KP_BFT_VIEW_CHANGE_TIMEOUT
        LeaderHeartbeatTimeout: $KP_BFT_LEADER_HEARTBEAT_TIMEOUT
        LeaderHeartbeatCount: 10
        CollectTimeout: 1s
EOF
  else
    printf '      EtcdRaft:\n        Consenters:\n'
    for org in "${ORDERING_ORGS[@]}"; do
      cat <<EOF
          - Host: $KP_HOST
            Port: $(orderer_port "$org")
            ClientTLSCert: $(orderer_dir "$org")/tls/server.crt
            ServerTLSCert: $(orderer_dir "$org")/tls/server.crt
EOF
    done
    printf '        Options: {TickInterval: 500ms, ElectionTick: 10, HeartbeatTick: 1, MaxInflightBlocks: 5, SnapshotIntervalSize: 16 MB}\n'
  fi
  cat <<EOF
      Capabilities: {V2_0: true}
      Policies:
        Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
        Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
        Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
        BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
      Organizations:
EOF
  for org in "${ORDERING_ORGS[@]}"; do
    cat <<EOF
        - Name: ${ORG_MSP[$org]}
          ID: ${ORG_MSP[$org]}
          MSPDir: $(org_dir "$org")/msp
          OrdererEndpoints: ["$(orderer_endpoint "$org")"]
$(org_policies_yaml "$org" "          " orderer)
EOF
  done
}

# Every ordering organisation's TLS CA, as a YAML list: the nodes authenticate each other with them.
ordering_tls_cas() {
  local org cas=()
  for org in "${ORDERING_ORGS[@]}"; do cas+=("$(org_tls_ca "$org")"); done
  local IFS=,
  printf '[%s]' "${cas[*]}"
}

write_orderer_config() {
  local org="$1" home node tls
  home="$(orderer_home "$org")"
  node="$(orderer_dir "$org")"
  tls="$node/tls"
  mkdir -p "$home/data"
  cp "$KP_FABRIC_HOME/config/orderer.yaml" "$home/orderer.yaml"
  cat >"$home/orderer.env" <<EOF
FABRIC_CFG_PATH=$home
FABRIC_LOGGING_SPEC=$KP_LOG_SPEC
FABRIC_LOGGING_FORMAT=$FABRIC_LOG_FORMAT
ORDERER_GENERAL_LISTENADDRESS=$KP_HOST
ORDERER_GENERAL_LISTENPORT=$(orderer_port "$org")
ORDERER_GENERAL_LOCALMSPID=${ORG_MSP[$org]}
ORDERER_GENERAL_LOCALMSPDIR=$node/msp
ORDERER_GENERAL_BOOTSTRAPMETHOD=none
ORDERER_GENERAL_TLS_ENABLED=true
ORDERER_GENERAL_TLS_CERTIFICATE=$tls/server.crt
ORDERER_GENERAL_TLS_PRIVATEKEY=$tls/server.key
ORDERER_GENERAL_TLS_ROOTCAS=$(ordering_tls_cas)
ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE=$tls/server.crt
ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY=$tls/server.key
ORDERER_GENERAL_CLUSTER_ROOTCAS=$(ordering_tls_cas)
ORDERER_CHANNELPARTICIPATION_ENABLED=true
ORDERER_ADMIN_LISTENADDRESS=$KP_HOST:$(orderer_admin_port "$org")
ORDERER_ADMIN_TLS_ENABLED=true
ORDERER_ADMIN_TLS_CERTIFICATE=$tls/server.crt
ORDERER_ADMIN_TLS_PRIVATEKEY=$tls/server.key
ORDERER_ADMIN_TLS_ROOTCAS=[$tls/ca.crt]
ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true
ORDERER_ADMIN_TLS_CLIENTROOTCAS=[$(org_tls_ca "$org")]
ORDERER_OPERATIONS_LISTENADDRESS=$KP_HOST:$(orderer_ops_port "$org")
ORDERER_METRICS_PROVIDER=prometheus
ORDERER_FILELEDGER_LOCATION=$home/data
ORDERER_CONSENSUS_WALDIR=$home/data/wal
ORDERER_CONSENSUS_SNAPDIR=$home/data/snapshot
EOF
}

start_orderer() {
  local org="$1"
  start_with_env "orderer-$org" "$KP_NET_HOME/logs/orderer-$org.log" "$(orderer_home "$org")/orderer.env" "$FABRIC_BIN/orderer"
}

wait_orderer() {
  local org="$1"
  wait_until 30 "ordering node of $org readiness (/healthz on $(orderer_ops_port "$org"))" \
    "$KP_NET_HOME/logs/orderer-$org.log" healthy "$(orderer_ops_port "$org")"
}

# osnadmin ORG SUBCOMMAND ARG...: the channel participation API of ORG's node, as ORG's admin.
osnadmin() {
  local org="$1" admin_tls
  shift
  admin_tls="$(user_dir "$org" admin)/tls"
  "$FABRIC_BIN/osnadmin" channel "$@" -o "$KP_HOST:$(orderer_admin_port "$org")" --ca-file "$(org_tls_ca "$org")" \
    --client-cert "$admin_tls/server.crt" --client-key "$admin_tls/server.key"
}

# The node's view of the channel as one line (status, consensus relation, height), or nothing.
orderer_channel_info() {
  osnadmin "$1" list --channelID "$KP_CHANNEL" 2>/dev/null | sed -n '/^{/,$p' |
    jq -r '"\(.status) \(.consensusRelation), height \(.height)"' 2>/dev/null
}

orderer_channel_active() {
  [[ "$(orderer_channel_info "$1")" == "active consenter"* ]]
}

orderer_join_channel() {
  local org="$1"
  orderer_channel_active "$org" && return 0
  osnadmin "$org" join --channelID "$KP_CHANNEL" --config-block "$KP_NET_HOME/channel/$KP_CHANNEL.block" \
    >>"$KP_NET_HOME/logs/osnadmin.log" 2>&1 || die "osnadmin channel join on the node of $org failed: see $KP_NET_HOME/logs/osnadmin.log"
  wait_until 30 "the ordering node of $org joining $KP_CHANNEL" "$KP_NET_HOME/logs/orderer-$org.log" orderer_channel_active "$org"
}

# Raft: some node leads. BFT: every node has joined; SmartBFT elects its leader (view 0) by itself.
raft_has_leader() {
  local org
  for org in "${ORDERING_ORGS[@]}"; do
    curl -sf --max-time 2 "http://$KP_HOST:$(orderer_ops_port "$org")/metrics" |
      grep -q "^consensus_etcdraft_is_leader{channel=\"$KP_CHANNEL\"} 1" && return 0
  done
  return 1
}

start_ordering_service() {
  local org
  for org in "${ORDERING_ORGS[@]}"; do
    write_orderer_config "$org"
    start_orderer "$org"
  done
  for org in "${ORDERING_ORGS[@]}"; do wait_orderer "$org"; done
  for org in "${ORDERING_ORGS[@]}"; do orderer_join_channel "$org"; done
  if [[ "$KP_CONSENSUS" == etcdraft ]]; then
    wait_until 30 "a Raft leader for $KP_CHANNEL" "$KP_NET_HOME/logs/orderer-${ORDERING_ORGS[0]}.log" raft_has_leader
  fi
}
