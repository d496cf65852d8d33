#!/usr/bin/env bash
# Builds the Hyperledger Fabric and Fabric CA binaries this project runs, from source, into a
# project-local folder (ignored by git). Idempotent: a second run checks the stamp of each set of binaries
# and returns in seconds. docs/fabric-version.md says where each version comes from and why.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FABRIC_HOME="${KP_FABRIC_HOME:-$ROOT/.fabric}"
BIN="$FABRIC_HOME/bin"

# Fabric v3.1.5: the release tag's commit, the sha256 of its source archive (git archive of the tag),
# and the Go module proxy's pseudo-version of the same commit (used only when no archive is given).
FABRIC_VERSION=3.1.5
FABRIC_COMMIT=86c1172bec37e6590c6b1ae6f847833df48d65fc
FABRIC_ARCHIVE_SHA256=a9d41c1bcd902b6ba337c1cc86c199f569712c6a5f9d13818740442fc400ba28
FABRIC_PSEUDO_VERSION=v1.4.0-rc1.0.20260618074816-86c1172bec37
DEFAULT_ARCHIVE="$ROOT/../shared/third_party/fabric/fabric-v$FABRIC_VERSION.tar.gz"

usage() {
  cat <<EOF
Usage: scripts/install-fabric.sh [--force]

Builds Fabric v$FABRIC_VERSION (peer, orderer, configtxgen, osnadmin, configtxlator and Fabric's
chaincode-as-a-service builder) and Fabric CA (fabric-ca-server, fabric-ca-client) into $BIN, and copies Fabric's sampleconfig
into $FABRIC_HOME/config.
  --force   rebuild even if the binaries are up to date
Environment:
  KP_FABRIC_ARCHIVE  Fabric's release source archive (default: $DEFAULT_ARCHIVE);
                     its sha256 must be $FABRIC_ARCHIVE_SHA256.
                     Set it to 'proxy' to build from the Go module proxy's $FABRIC_PSEUDO_VERSION instead.
  KP_FABRIC_HOME     where the binaries go (default: <repo>/.fabric)
EOF
}

FORCE=0
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  --force) FORCE=1 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

log() { printf '[install-fabric] %s\n' "$*"; }
die() { printf '[install-fabric] error: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null || die "Go is required (1.25 or newer, for Fabric CA's dependencies) and was not found on PATH"
mkdir -p "$BIN" "$FABRIC_HOME/config"

# up_to_date STAMP WANT BINARY...: true when every binary exists and STAMP holds WANT.
up_to_date() {
  local stamp="$1" want="$2" b
  shift 2
  ((FORCE == 0)) && [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] || return 1
  for b in "$@"; do [[ -x "$BIN/$b" ]] || return 1; done
}

METADATA_LDFLAGS="-X github.com/hyperledger/fabric/common/metadata.Version=$FABRIC_VERSION"
METADATA_LDFLAGS+=" -X github.com/hyperledger/fabric/common/metadata.CommitSHA=${FABRIC_COMMIT:0:7}"
FABRIC_BINARIES=(peer orderer configtxgen osnadmin)
CCAAS_BINARIES=(build detect release)

# The archive's sha256 against the pinned one (and the SHA256SUMS file beside it, when there is one).
check_archive() {
  local archive="$1" sum sums
  [[ -f "$archive" ]] || die "Fabric source archive $archive not found (set KP_FABRIC_ARCHIVE, or KP_FABRIC_ARCHIVE=proxy)"
  sum="$(sha256sum "$archive" | cut -d' ' -f1)"
  [[ "$sum" == "$FABRIC_ARCHIVE_SHA256" ]] ||
    die "$archive has sha256 $sum, not the v$FABRIC_VERSION release source's $FABRIC_ARCHIVE_SHA256; refusing to build it"
  sums="$(dirname "$archive")/SHA256SUMS"
  if [[ -f "$sums" ]]; then
    (cd "$(dirname "$archive")" && grep " $(basename "$archive")\$" SHA256SUMS | sha256sum -c --quiet -) ||
      die "$archive does not match $sums"
  fi
}

# Fabric from its release source: vendored dependencies, no network (but for the ccaas builder's three).
build_from_archive() {
  local archive="$1" src="$FABRIC_HOME/src" start=$SECONDS
  check_archive "$archive"
  log "building Fabric v$FABRIC_VERSION from $archive (sha256 checked; about 2 minutes on 2 cores)"
  rm -rf "$src"
  mkdir -p "$src"
  tar -xzf "$archive" -C "$src"
  local tree="$src/fabric-$FABRIC_VERSION"
  [[ -d "$tree/vendor" ]] || die "$archive does not hold fabric-$FABRIC_VERSION/ with its vendor/ folder"
  (cd "$tree" && GOFLAGS=-mod=vendor CGO_ENABLED=0 go build -trimpath -buildvcs=false \
    -ldflags "$METADATA_LDFLAGS" -o "$BIN/" "${FABRIC_BINARIES[@]/#/./cmd/}")
  mkdir -p "$BIN/ccaas/bin"
  (cd "$tree/ccaas_builder" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -buildvcs=false \
    -o "$BIN/ccaas/bin/" ./cmd/build ./cmd/detect ./cmd/release)
  copy_sampleconfig "$tree/sampleconfig"
  rm -rf "$src"
  log "built ${FABRIC_BINARIES[*]} and the ccaas builder in $((SECONDS - start))s"
}

# Fabric through the Go module proxy at the pseudo-version of the same commit, in a throw-away module.
build_from_proxy() {
  local work start=$SECONDS
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  log "building Fabric $FABRIC_PSEUDO_VERSION (v$FABRIC_VERSION) through the Go module proxy"
  (cd "$work" && go mod init kpcs.local/fabric-build >/dev/null 2>&1 &&
    go get "github.com/hyperledger/fabric@$FABRIC_PSEUDO_VERSION" "github.com/hyperledger/fabric/ccaas_builder@$FABRIC_PSEUDO_VERSION") ||
    die "the Go module proxy did not serve Fabric $FABRIC_PSEUDO_VERSION (see above); give the release source archive with KP_FABRIC_ARCHIVE"
  local pkgs=() b
  for b in "${FABRIC_BINARIES[@]}"; do pkgs+=("github.com/hyperledger/fabric/cmd/$b"); done
  (cd "$work" && CGO_ENABLED=0 go build -trimpath -ldflags "$METADATA_LDFLAGS" -o "$BIN/" "${pkgs[@]}")
  mkdir -p "$BIN/ccaas/bin"
  (cd "$work" && CGO_ENABLED=0 go build -trimpath -o "$BIN/ccaas/bin/" github.com/hyperledger/fabric/ccaas_builder/cmd/...)
  copy_sampleconfig "$(cd "$work" && go list -m -f '{{.Dir}}' github.com/hyperledger/fabric)/sampleconfig"
  log "built ${FABRIC_BINARIES[*]} and the ccaas builder in $((SECONDS - start))s"
}

copy_sampleconfig() {
  cp "$1"/{core.yaml,orderer.yaml,configtx.yaml} "$FABRIC_HOME/config/"
  chmod u+w "$FABRIC_HOME"/config/*.yaml
}

build_fabric() {
  local archive="${KP_FABRIC_ARCHIVE:-$DEFAULT_ARCHIVE}" source want
  if [[ "$archive" == proxy ]]; then source="proxy $FABRIC_PSEUDO_VERSION"; else source="archive $FABRIC_ARCHIVE_SHA256"; fi
  want="$(go version) fabric $FABRIC_VERSION from $source"
  if up_to_date "$BIN/.fabric.stamp" "$want" "${FABRIC_BINARIES[@]}" "${CCAAS_BINARIES[@]/#/ccaas/bin/}" &&
    [[ -f "$FABRIC_HOME/config/core.yaml" ]]; then
    log "up to date: Fabric v$FABRIC_VERSION (${FABRIC_BINARIES[*]}, ccaas builder)"
    return
  fi
  rm -f "$BIN/.fabric.stamp"
  if [[ "$archive" == proxy ]]; then build_from_proxy; else build_from_archive "$archive"; fi
  echo "$want" >"$BIN/.fabric.stamp"
}

# Fabric CA v1.5.21 through the Go module proxy, pinned by network/ca-build/go.mod and go.sum.
build_fabric_ca() {
  local dir="$ROOT/network/ca-build" want version start=$SECONDS
  want="$(go version) $(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -c1-16)" # contents only: the same in every checkout
  version="$(awk '/^require/ {print $3; exit}' "$dir/go.mod")"
  if up_to_date "$BIN/.ca-build.stamp" "$want" fabric-ca-server fabric-ca-client; then
    log "up to date: Fabric CA $version (fabric-ca-server, fabric-ca-client)"
    return
  fi
  log "building Fabric CA $version through the Go module proxy (cgo; cached in $(go env GOMODCACHE))"
  (cd "$dir" && CGO_ENABLED=1 go build -trimpath -o "$BIN/" \
    github.com/hyperledger/fabric-ca/cmd/fabric-ca-server github.com/hyperledger/fabric-ca/cmd/fabric-ca-client)
  echo "$want" >"$BIN/.ca-build.stamp"
  log "built Fabric CA in $((SECONDS - start))s"
}

# configtxlator, which kpnet add-participant uses to compute a channel configuration update: on a stamp of
# its own, so a Fabric home built before kpnet needed it gains this one binary and nothing is rebuilt.
build_configtxlator() {
  local archive="${KP_FABRIC_ARCHIVE:-$DEFAULT_ARCHIVE}" want work start=$SECONDS
  want="$(go version) fabric $FABRIC_VERSION configtxlator"
  if up_to_date "$BIN/.configtxlator.stamp" "$want" configtxlator; then
    log "up to date: configtxlator"
    return
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  if [[ "$archive" == proxy ]]; then
    (cd "$work" && go mod init kpcs.local/configtxlator-build >/dev/null 2>&1 &&
      go get "github.com/hyperledger/fabric@$FABRIC_PSEUDO_VERSION" &&
      CGO_ENABLED=0 go build -trimpath -ldflags "$METADATA_LDFLAGS" -o "$BIN/" github.com/hyperledger/fabric/cmd/configtxlator)
  else
    check_archive "$archive"
    tar -xzf "$archive" -C "$work"
    (cd "$work/fabric-$FABRIC_VERSION" && GOFLAGS=-mod=vendor CGO_ENABLED=0 go build -trimpath -buildvcs=false \
      -ldflags "$METADATA_LDFLAGS" -o "$BIN/" ./cmd/configtxlator)
  fi
  echo "$want" >"$BIN/.configtxlator.stamp"
  log "built configtxlator in $((SECONDS - start))s"
}

build_fabric
build_fabric_ca
build_configtxlator
log "ready: $BIN ($("$BIN/peer" version | awk '/^ Version:/ {print "peer " $2}'), fabric-ca-server $("$BIN/fabric-ca-server" version | awk '/^ Version:/ {print $2}'))"
