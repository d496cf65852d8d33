# shellcheck shell=bash
# Chaincode as a service: package, install, run the Java chaincode server, approve, commit, bootstrap.
# Sourced by network/kpnet, never run.

# The chaincode a command works on: kpcs (KP_CHAINCODE), or a second one beside it that `kpnet deploy
# --chaincode NAME JAR` deploys (the benchmarks' baseline). A second chaincode keeps its own folder, process
# names and logs (NAME-<ORG>), and its servers use slots 5 and 6 (ports PORT+8 and PORT+9).
CC="" # set to KP_CHAINCODE once the settings are loaded
CC_SLOT0=0
CC_PREFIX=chaincode
CC_JAR=kpcs-chaincode.jar

# use_second_chaincode NAME: later functions work on chaincode NAME rather than kpcs.
use_second_chaincode() {
  CC="$1"
  CC_SLOT0=5
  CC_PREFIX="$1"
  CC_JAR="$1.jar"
}

cc_home() {
  if ((CC_SLOT0 == 0)); then printf '%s/chaincode' "$KP_NET_HOME"; else printf '%s/chaincode/%s' "$KP_NET_HOME" "$CC"; fi
}
cc_log() { printf '%s/logs/%s-%s.log' "$KP_NET_HOME" "$CC_PREFIX" "$1"; }
cc_name() { printf '%s-%s-%s' "$CC_PREFIX" "$1" "$2"; } # ORG SEQUENCE

# The chaincode server slot (0 or 1; 5 or 6 for a second chaincode) of a new deployment: the other slot than
# the current deployment's while its servers run, so old and new run side by side during an upgrade.
next_cc_slot() {
  local seq pkgid slot
  if [[ -f "$(cc_home)/current" ]]; then
    read -r seq pkgid slot <"$(cc_home)/current"
    if is_running "$(cc_name "${WRITER_ORGS[0]}" "$seq")"; then
      printf '%s' "$((2 * CC_SLOT0 + 1 - slot))"
      return
    fi
  fi
  printf '%s' "$CC_SLOT0"
}

# CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG of ORG's peer: what Fabric's ccaas builder fills into the
# package's connection.json template, so one package reaches each organisation's own chaincode server
# (both slots' addresses, and the CA that the server's TLS certificate must chain to).
cc_builder_config() {
  local org="$1"
  jq -nc --arg a0 "$KP_HOST:$(cc_server_port "$org" 0)" --arg a1 "$KP_HOST:$(cc_server_port "$org" 1)" \
    --arg a5 "$KP_HOST:$(cc_server_port "$org" 5)" --arg a6 "$KP_HOST:$(cc_server_port "$org" 6)" \
    --rawfile ca "$(org_tls_ca "$org")" \
    '{cc_address_0: $a0, cc_address_1: $a1, cc_address_5: $a5, cc_address_6: $a6, cc_root_cert: $ca}'
}

# The jar, built when missing or older than its sources (unless --no-build); prints its path.
chaincode_jar() {
  local build="$1" jar="${KP_CHAINCODE_JAR:-$KP_ROOT/chaincode/target/kpcs-chaincode.jar}"
  if [[ -n "${KP_CHAINCODE_JAR:-}" || "$build" == no ]]; then
    [[ -f "$jar" ]] || die "chaincode jar $jar not found (build it: mvn -q -pl chaincode -am package -DskipTests)"
    printf '%s' "$jar"
    return
  fi
  local sources=() stale=""
  local s
  for s in chaincode/src protos/src chaincode/pom.xml protos/pom.xml pom.xml; do
    [[ -e "$KP_ROOT/$s" ]] && sources+=("$KP_ROOT/$s")
  done
  ((${#sources[@]} > 0)) || die "no chaincode sources under $KP_ROOT/chaincode; nothing to deploy"
  if [[ ! -f "$jar" ]]; then
    stale="missing"
  elif [[ -n "$(find "${sources[@]}" -type f -newer "$jar" -print -quit)" ]]; then
    stale="older than its sources"
  fi
  if [[ -n "$stale" ]]; then
    require_tools mvn
    log "building the chaincode ($jar is $stale): mvn -q -pl chaincode -am package -DskipTests" >&2
    (cd "$KP_ROOT" && mvn -q -pl chaincode -am package -DskipTests) >"$KP_NET_HOME/logs/chaincode-build.log" 2>&1 ||
      die "the chaincode build failed: see $KP_NET_HOME/logs/chaincode-build.log"
    [[ -f "$jar" ]] || die "the build did not produce $jar"
  fi
  printf '%s' "$jar"
}

# Committed sequence of the chaincode on the channel (0 when not yet defined).
committed_sequence() {
  local out
  if out="$(as_user "${WRITER_ORGS[0]}" admin peer lifecycle chaincode querycommitted -C "$KP_CHANNEL" -n "$CC" -O json 2>&1)"; then
    jq -r '.sequence' <<<"$out"
  elif grep -q "namespace $CC is not defined" <<<"$out"; then
    printf '0'
  else
    die "could not query the chaincode definition: $out"
  fi
}

# A chaincode-as-a-service package: metadata.json and code.tar.gz holding connection.json, a template that
# each peer's ccaas builder completes with its own organisation's server (see cc_builder_config).
# Reproducible (no timestamps, no owners), so the same label and slot give the same package ID.
make_package() {
  local label="$1" slot="$2" dir="$3"
  mkdir -p "$dir/src"
  jq -n --arg a "{{.cc_address_$slot}}" \
    '{address: $a, dial_timeout: "10s", tls_required: true, client_auth_required: false, root_cert: "{{.cc_root_cert}}"}' \
    >"$dir/src/connection.json"
  jq -n --arg l "$label" '{type: "ccaas", label: $l}' >"$dir/metadata.json"
  local tar_opts=(--sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner)
  tar "${tar_opts[@]}" -C "$dir/src" -cf - connection.json | gzip -n >"$dir/code.tar.gz"
  tar "${tar_opts[@]}" -C "$dir" -cf - metadata.json code.tar.gz | gzip -n >"$dir/$label.tar.gz"
}

install_on_peer() {
  local org="$1" pkg="$2" pkgid="$3"
  if as_user "$org" admin peer lifecycle chaincode queryinstalled -O json 2>/dev/null |
    jq -e --arg id "$pkgid" '.installed_chaincodes // [] | any(.package_id == $id)' >/dev/null; then
    return 0
  fi
  as_user "$org" admin peer lifecycle chaincode install "$pkg" >>"$KP_NET_HOME/logs/lifecycle-$org.log" 2>&1 ||
    die "install on the peer of $org failed: see $KP_NET_HOME/logs/lifecycle-$org.log"
}

approve_for_org() {
  local org="$1" pkgid="$2" seq="$3"
  local args=()
  mapfile -t args < <(orderer_args)
  as_user "$org" admin peer lifecycle chaincode approveformyorg "${args[@]}" -C "$KP_CHANNEL" -n "$CC" \
    --version "$seq" --sequence "$seq" --package-id "$pkgid" --signature-policy "$(endorsement_policy)" \
    "${COLLECTIONS_ARGS[@]}" >>"$KP_NET_HOME/logs/lifecycle-$org.log" 2>&1 ||
    die "approval by $org failed: see $KP_NET_HOME/logs/lifecycle-$org.log"
}

# --peerAddresses/--tlsRootCertFiles for the given organisations.
peer_targets() {
  local org
  for org in "$@"; do
    printf '%s\n' --peerAddresses "$(peer_endpoint "$org")" --tlsRootCertFiles "$(org_tls_ca "$org")"
  done
}

commit_definition() {
  local seq="$1" args=() targets=()
  mapfile -t args < <(orderer_args)
  mapfile -t targets < <(peer_targets "${WRITER_ORGS[@]}")
  as_user "${WRITER_ORGS[0]}" admin peer lifecycle chaincode commit "${args[@]}" -C "$KP_CHANNEL" -n "$CC" \
    --version "$seq" --sequence "$seq" --signature-policy "$(endorsement_policy)" "${COLLECTIONS_ARGS[@]}" \
    "${targets[@]}" >>"$KP_NET_HOME/logs/lifecycle.log" 2>&1 ||
    die "commit of $CC sequence $seq failed: see $KP_NET_HOME/logs/lifecycle.log"
}

# In parallel over organisations: run_each FUNCTION ORG... (other arguments after --).
run_each() {
  local fn="$1"
  shift
  local orgs=() org pids=() failed=()
  while (($# > 0)) && [[ "$1" != -- ]]; do orgs+=("$1"); shift; done
  (($# > 0)) && shift
  for org in "${orgs[@]}"; do
    "$fn" "$org" "$@" &
    pids+=($!)
  done
  local i
  for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${orgs[$i]}"); done
  ((${#failed[@]} == 0)) || die "$fn failed for ${failed[*]}"
}

metadata_query() {
  as_user "$1" admin peer chaincode query -C "$KP_CHANNEL" -n "$CC" \
    -c '{"function":"org.hyperledger.fabric:GetMetadata","Args":[]}'
}

# start_chaincode ORG SEQ PKGID SLOT JAR: ORG's Java chaincode server, TLS with the certificate ORG's CA issued
# for it, with a clean environment.
start_chaincode() {
  local org="$1" seq="$2" pkgid="$3" slot="$4" jar="$5" java_bin env=() port tls
  java_bin="$(command -v java)" || die "java is required to run the chaincode and was not found on PATH"
  port="$(cc_server_port "$org" "$slot")"
  tls="$(cc_tls_dir "$org")"
  local path="/usr/bin:/bin"
  [[ ":$path:" == *":$(dirname "$java_bin"):"* ]] || path="$(dirname "$java_bin"):$path"
  env=("PATH=$path" "HOME=${HOME:-$KP_NET_HOME}" "CHAINCODE_SERVER_ADDRESS=$KP_HOST:$port" "CORE_CHAINCODE_ID_NAME=$pkgid"
    "CORE_PEER_LOCALMSPID=${ORG_MSP[$org]}" CORE_PEER_TLS_ENABLED=true
    "CORE_TLS_CLIENT_CERT_FILE=$tls/server.crt" "CORE_TLS_CLIENT_KEY_FILE=$tls/server.key"
    "CORE_TLS_CLIENT_CERT_PATH=$tls/server.crt.b64" "CORE_TLS_CLIENT_KEY_PATH=$tls/server.key.b64"
    "CORE_PEER_TLS_ROOTCERT_FILE=$tls/ca.crt")
  [[ -n "${JAVA_HOME:-}" ]] && env+=("JAVA_HOME=$JAVA_HOME")
  local opts=()
  read -r -a opts <<<"${KP_CC_JAVA_OPTS:-}"
  printf '\n==== %s: starting %s on %s:%s\n' "$(date -u +%FT%TZ)" "$pkgid" "$KP_HOST" "$port" >>"$(cc_log "$org")"
  _spawn "$(cc_name "$org" "$seq")" "$(cc_log "$org")" java env -i "${env[@]}" "$java_bin" "${opts[@]}" -jar "$jar"
}

# Every organisation's chaincode server of sequence SEQ, then waits until each listens: KP_CC_WAIT seconds
# (default 90; a machine shared with other builds may need more for the JVMs to start).
start_chaincodes() {
  local seq="$1" pkgid="$2" slot="$3" jar="$4" org
  for org in "${WRITER_ORGS[@]}"; do
    is_running "$(cc_name "$org" "$seq")" || start_chaincode "$org" "$seq" "$pkgid" "$slot" "$jar"
  done
  for org in "${WRITER_ORGS[@]}"; do
    wait_until "${KP_CC_WAIT:-90}" "the chaincode server of $org listening on $KP_HOST:$(cc_server_port "$org" "$slot")" "$(cc_log "$org")" \
      port_in_use "$(cc_server_port "$org" "$slot")"
  done
}

stop_other_chaincodes() {
  local keep="$1" f name
  for f in "$KP_NET_HOME"/pids/"$CC_PREFIX"-*.pid; do
    [[ -e "$f" ]] || continue
    name="$(basename "$f" .pid)"
    [[ "$name" == *"-$keep" ]] || stop_process "$name"
  done
}

bootstrap_json() {
  local org industry=()
  for org in "${WRITER_ORGS[@]}"; do
    if [[ "${ORG_KIND[$org]}" == industry ]]; then industry+=("${ORG_MSP[$org]}"); fi
  done
  for org in "${PARTICIPANTS[@]}"; do
    jq -nc --arg c "$org" --arg n "${ORG_NAME[$org]}" --arg m "${ORG_MSP[$org]}" '{code: $c, name: $n, mspId: $m}'
  done | jq -sc '.' | jq -c '{participants: ., industryMspIds: $ARGS.positional}' --args "${industry[@]}"
}

# ParticipantRegistry:Bootstrap as the chair, through the kpcs CLI (the request is a protobuf message, which
# the peer CLI cannot pass), endorsed by every Participant's peer. The Gateway plans endorsements from gossip,
# so it first waits until every peer knows every other. The chaincode makes it a no-op once the registry exists.
bootstrap_registry() {
  local metadata="$1" founders
  if ! jq -e '.contracts.ParticipantRegistry.transactions // [] | any(.name == "Bootstrap")' <<<"$metadata" >/dev/null 2>&1; then
    warn "the chaincode has no ParticipantRegistry:Bootstrap transaction: registry not bootstrapped"
    return 0
  fi
  wait_for_gossip
  founders="$KP_NET_HOME/founders.json"
  bootstrap_json >"$founders"
  KP_NET_HOME="$KP_NET_HOME" "$KP_ROOT/scripts/kpcs" --org "$CHAIR_ORG" --user "${KP_CHAIR_USERS%%:*}" \
    participant bootstrap --founders "$founders" >>"$KP_NET_HOME/logs/lifecycle.log" 2>&1 ||
    die "ParticipantRegistry:Bootstrap failed: see $KP_NET_HOME/logs/lifecycle.log and $(cc_log "$CHAIR_ORG")"
}

COLLECTIONS_ARGS=()

# The chaincode's explicit private data collections, written into the network's config before every approval
# (deploy, upgrade, add-participant), so the definition follows today's Participant list. One collection,
# "participants": compliance concerns and review missions (KPCS VI 15-16), readable and writable by the
# Participants' organisations only; not the industry, not the observers, and not the Secretariat, which runs
# only an ordering node (orderers never hold private data) and takes no part in compliance matters. Each
# endorsing peer pushes the data to the other members' peers (maxPeerCount) but does not wait for them
# (requiredPeerCount 0: a Participant's peer being down does not block a concern); the rest arrives by pull.
# The second chaincode (the benchmarks' baseline) has no collections.
write_collections() {
  local file="$KP_NET_HOME/config/collections.json" members=() org
  COLLECTIONS_ARGS=()
  ((CC_SLOT0 == 0)) || return 0
  for org in "${PARTICIPANTS[@]}"; do members+=("'${ORG_MSP[$org]}.member'"); done
  mkdir -p "$(dirname "$file")"
  jq -n --arg policy "OR($(IFS=,; printf '%s' "${members[*]}"))" --argjson others "$((${#PARTICIPANTS[@]} - 1))" \
    '[{name: "participants", policy: $policy, requiredPeerCount: 0, maxPeerCount: $others, blockToLive: 0,
       memberOnlyRead: true, memberOnlyWrite: true}]' >"$file"
  COLLECTIONS_ARGS=(--collections-config "$file")
}

deploy_chaincode() {
  local build="$1" jar seq label slot dir pkgid metadata org
  jar="$(chaincode_jar "$build")"
  write_collections
  if (($(endorse_quorum) > 2)); then
    warn "the endorsement quorum is $(endorse_quorum) of ${#PARTICIPANTS[@]} Participants, but a Certificate's issuance and confirmation are endorsed by the exporter's and the importer's peers only (their private details): they will fail validation; set KP_ENDORSE_QUORUM=2 (docs/network.md#admitting-a-participant)"
  fi
  seq=$(($(committed_sequence) + 1))
  label="${CC}_$seq"
  slot="$(next_cc_slot)"
  dir="$(cc_home)/$label"
  if ((seq == 1)); then
    log "deploying $CC (sequence 1) from $jar"
  else
    log "upgrading $CC to sequence $seq from $jar"
  fi

  # Chaincode servers left from an interrupted deploy of this sequence, or two upgrades ago, are replaced.
  for org in "${WRITER_ORGS[@]}"; do
    stop_process "$(cc_name "$org" "$seq")"
    port_in_use "$(cc_server_port "$org" "$slot")" &&
      die "port $(cc_server_port "$org" "$slot") (chaincode server of $org) is in use by another process; free it or change the ports in $KP_CONF"
  done

  log "packaging $label (each organisation's chaincode server in slot $slot, over TLS)"
  rm -rf "$dir"
  make_package "$label" "$slot" "$dir"
  pkgid="$(as_user "${WRITER_ORGS[0]}" admin peer lifecycle chaincode calculatepackageid "$dir/$label.tar.gz")"
  printf '%s\n' "$pkgid" >"$dir/package-id"

  log "installing $pkgid on the endorsing peers (${WRITER_ORGS[*]})"
  run_each install_on_peer "${WRITER_ORGS[@]}" -- "$dir/$label.tar.gz" "$pkgid"

  log "starting one chaincode server per organisation (logs: $KP_NET_HOME/logs/chaincode-<ORG>.log)"
  cp "$jar" "$dir/$CC_JAR"
  start_chaincodes "$seq" "$pkgid" "$slot" "$dir/$CC_JAR"

  log "approving by ${WRITER_ORGS[*]} (endorsement policy $(endorsement_policy))"
  run_each approve_for_org "${WRITER_ORGS[@]}" -- "$pkgid" "$seq"
  log "committing $CC sequence $seq"
  commit_definition "$seq"
  printf '%s %s %s\n' "$seq" "$pkgid" "$slot" >"$(cc_home)/current"

  log "waiting for the chaincode to answer on every peer"
  for org in "${WRITER_ORGS[@]}"; do
    wait_until "${KP_CC_WAIT:-90}" "the chaincode answering on the peer of $org" "$(cc_log "$org")" metadata_query "$org"
  done
  stop_other_chaincodes "$seq"
  ((CC_SLOT0 == 0)) || return 0 # the registry lives in kpcs
  metadata="$(metadata_query "${WRITER_ORGS[0]}")"
  log "bootstrapping the Participant registry as $CHAIR_ORG ${KP_CHAIR_USERS%%:*} (${PARTICIPANTS[*]})"
  bootstrap_registry "$metadata"
}

# The committed sequence of the last deploy (fails when nothing was deployed).
current_sequence() {
  local seq
  [[ -f "$(cc_home)/current" ]] || return 1
  read -r seq _ <"$(cc_home)/current"
  printf '%s' "$seq"
}

# After a restart: every organisation's chaincode server of the committed sequence, as the last deploy
# recorded it.
resume_chaincode() {
  local seq pkgid slot jar
  [[ -f "$(cc_home)/current" ]] || return 0
  read -r seq pkgid slot <"$(cc_home)/current"
  jar="$(cc_home)/${KP_CHAINCODE}_$seq/kpcs-chaincode.jar"
  [[ -f "$jar" ]] || { warn "no jar for chaincode sequence $seq; run kpnet deploy"; return 0; }
  start_chaincodes "$seq" "$pkgid" "$slot" "$jar"
}
