# shellcheck shell=bash
# Each organisation's `kpcs serve`: its off-chain index of the ledger (orgs/<ORG>/index/) and the API for
# national systems (gRPC over mutual TLS, docs/api.md) on KP_SERVICE_PORT + n. Sourced by network/kpnet.

service_name() { printf 'service-%s' "$1"; }
service_log() { printf '%s/logs/service-%s.log' "$KP_NET_HOME" "$1"; }
service_on() { [[ "$KP_SERVICE" == on ]]; }

# The jar the services run: a copy of gateway-app/target/kpcs.jar taken at start, so a rebuild never changes
# the classes under a running JVM. Prints its path, or fails when the CLI is not built.
service_jar() {
  local built="$KP_ROOT/gateway-app/target/kpcs.jar" copy="$KP_NET_HOME/service/kpcs.jar"
  [[ -f "$built" ]] || return 1
  mkdir -p "$KP_NET_HOME/service"
  if [[ ! -f "$copy" || "$built" -nt "$copy" ]]; then cp "$built" "$copy.tmp" && mv "$copy.tmp" "$copy"; fi
  printf '%s' "$copy"
}

# start_service ORG JAR: kpcs serve as KP_SERVICE_USER of ORG, its API on KP_HOST:service_port, with a clean
# environment and KP_SERVICE_JAVA_OPTS.
start_service() {
  local org="$1" jar="$2" java_bin opts=()
  java_bin="$(command -v java)" || die "java is required to run kpcs serve and was not found on PATH"
  read -r -a opts <<<"${KP_SERVICE_JAVA_OPTS:-}"
  printf '\n==== %s: starting kpcs serve for %s, API on %s:%s\n' "$(date -u +%FT%TZ)" "$org" "$KP_HOST" \
    "$(service_port "$org")" >>"$(service_log "$org")"
  _spawn "$(service_name "$org")" "$(service_log "$org")" java env -i "PATH=$(dirname "$java_bin"):/usr/bin:/bin" \
    "HOME=${HOME:-$KP_NET_HOME}" ${JAVA_HOME:+"JAVA_HOME=$JAVA_HOME"} "$java_bin" "${opts[@]}" -jar "$jar" \
    --network-home "$KP_NET_HOME" --org "$org" --user "$KP_SERVICE_USER" \
    serve --api-port "$(service_port "$org")" --api-host "$KP_HOST"
}

# start_services [ORG...]: the services of the given organisations (default: every one with a peer) that do not
# run, then waits until each API listens. Skipped, with a warning, when KP_SERVICE=off or the CLI is not built.
start_services() {
  service_on || return 0
  local orgs=("$@") org jar started=()
  ((${#orgs[@]} > 0)) || orgs=("${PEER_ORGS[@]}")
  if ! jar="$(service_jar)"; then
    warn "kpcs serve not started: $KP_ROOT/gateway-app/target/kpcs.jar is not built (mvn -pl gateway-app -am install -DskipTests), then: network/kpnet start $(service_name "${orgs[0]}") ..."
    return 0
  fi
  for org in "${orgs[@]}"; do
    if ! is_running "$(service_name "$org")"; then
      start_service "$org" "$jar"
      started+=("$org")
    fi
  done
  for org in "${started[@]}"; do
    wait_until 120 "kpcs serve of $org listening on $KP_HOST:$(service_port "$org")" "$(service_log "$org")" \
      port_in_use "$(service_port "$org")"
  done
}
