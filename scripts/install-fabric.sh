#!/usr/bin/env bash
# Builds the Hyperledger Fabric and Fabric CA binaries this project runs, from source, through the Go
# module proxy, into a project-local folder (ignored by git). Idempotent: a second run checks the
# stamp of each binary and returns in seconds. Versions are pinned by network/fabric-build/go.mod and
# network/ca-build/go.mod (with their go.sum); docs/fabric-version.md says why these versions.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FABRIC_HOME="${KP_FABRIC_HOME:-$ROOT/.fabric}"
BIN="$FABRIC_HOME/bin"

usage() {
  cat <<EOF
Usage: scripts/install-fabric.sh [--force]

Builds peer, orderer, configtxgen, osnadmin (Fabric) and fabric-ca-server, fabric-ca-client (Fabric CA)
into $BIN, and copies Fabric's sampleconfig into $FABRIC_HOME/config.
  --force   rebuild even if the binaries are up to date
Environment: KP_FABRIC_HOME (default: <repo>/.fabric)
EOF
}

FORCE=0
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --force) FORCE=1 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

log() { printf '[install-fabric] %s\n' "$*"; }

command -v go >/dev/null || { echo "install-fabric: Go is required (1.25 or newer, for Fabric CA's dependencies) and was not found on PATH" >&2; exit 1; }
mkdir -p "$BIN" "$FABRIC_HOME/config"

# module folder, binaries, cgo flag
build_set() {
  local dir="$1" cgo="$2"; shift 2
  local stamp
  stamp="$BIN/.$(basename "$dir").stamp"
  local want
  want="$(go version) $(sha256sum "$ROOT/network/$dir/go.mod" "$ROOT/network/$dir/go.sum" | sha256sum | cut -c1-16)"
  local missing=0 b
  for b in "$@"; do [[ -x "$BIN/$b" ]] || missing=1; done
  if [[ $FORCE -eq 0 && $missing -eq 0 && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    log "up to date: $* (pinned by network/$dir/go.mod)"
    return
  fi
  local pkgs=() mod
  mod="$(awk '/^require/ {print $2; exit}' "$ROOT/network/$dir/go.mod")"
  for b in "$@"; do pkgs+=("$mod/cmd/$b"); done
  local version
  version="$(awk '/^require/ {print $3; exit}' "$ROOT/network/$dir/go.mod")"
  log "building $* from $mod@$version (first run takes a few minutes; cached in $(go env GOMODCACHE))"
  local start=$SECONDS
  (cd "$ROOT/network/$dir" && CGO_ENABLED="$cgo" go build -trimpath -o "$BIN/" "${pkgs[@]}")
  echo "$want" > "$stamp"
  log "built $* in $((SECONDS - start))s"
}

build_set fabric-build 0 peer orderer configtxgen osnadmin
build_set ca-build 1 fabric-ca-server fabric-ca-client

# Fabric's configuration templates (core.yaml, orderer.yaml, configtx.yaml) from the module cache.
fabric_version="$(awk '/^require/ {print $3; exit}' "$ROOT/network/fabric-build/go.mod")"
sampleconfig="$(go env GOMODCACHE)/github.com/hyperledger/fabric@$fabric_version/sampleconfig"
if [[ ! -f "$FABRIC_HOME/config/core.yaml" || $FORCE -eq 1 ]]; then
  [[ -d "$sampleconfig" ]] || (cd "$ROOT/network/fabric-build" && go mod download github.com/hyperledger/fabric)
  cp "$sampleconfig"/{core.yaml,orderer.yaml,configtx.yaml} "$FABRIC_HOME/config/"
  chmod u+w "$FABRIC_HOME"/config/*.yaml
  log "copied Fabric sampleconfig to $FABRIC_HOME/config"
fi

log "ready: $BIN (peer orderer configtxgen osnadmin fabric-ca-server fabric-ca-client)"
