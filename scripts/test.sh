#!/usr/bin/env bash
# Runs every test: unit tests of the rules, chaincode tests through the contract API, formatting and lint
# (Maven), then end-to-end tests through the Fabric gateway against a real local network that this script
# brings up, deploys to and takes down again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"

usage() {
  cat <<EOF
Usage: scripts/test.sh [--unit-only] [--keep-network]

  --unit-only      Maven build and unit/chaincode tests only (no Fabric network)
  --keep-network   leave the network running after the end-to-end tests (for debugging)
Environment: KP_NET_HOME (default <repo>/.kpnet), MAVEN_ARGS (extra Maven arguments)
EOF
}

UNIT_ONLY=0
KEEP=0
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --unit-only) UNIT_ONLY=1 ;;
    --keep-network) KEEP=1 ;;
    *) usage >&2; exit 2 ;;
  esac
done

say() { printf '\n[test] %s\n' "$*"; }
read -r -a EXTRA <<<"${MAVEN_ARGS:-}"
MVN=(mvn -B -ntp "${EXTRA[@]}")

start=$SECONDS
say "build, format check, lint, unit and chaincode tests (mvn install)"
(cd "$ROOT" && "${MVN[@]}" install)

# debian_install COMMAND PACKAGE...: installs Debian's PACKAGEs when COMMAND is missing and this runs as root
# with apt-get (a fresh CI machine); otherwise leaves it to the caller to report what is missing.
debian_install() {
  local command="$1"
  shift
  if ! command -v "$command" >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get install -y -qq "$@" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" >/dev/null 2>&1; }) || true
  fi
  command -v "$command" >/dev/null 2>&1
}

say "shell scripts: shellcheck"
if debian_install shellcheck shellcheck; then
  (cd "$ROOT" && shellcheck -x network/kpnet network/lib/*.sh scripts/*.sh scripts/kpcs bench/caliper/run.sh .ci/run)
  echo "shellcheck: clean"
else
  echo "WARNING: shellcheck is not installed and could not be installed: shell scripts not linted"
fi

if [[ $UNIT_ONLY -eq 1 ]]; then
  say "done in $((SECONDS - start))s (end-to-end tests skipped: --unit-only)"
  exit 0
fi

say "pdftoppm (poppler-utils): the printed Certificate's end-to-end test renders its PDF with it"
if debian_install pdftoppm poppler-utils; then
  echo "pdftoppm: $(command -v pdftoppm)"
else
  echo "WARNING: pdftoppm is not installed and could not be installed: PrintE2E will fail (apt-get install poppler-utils)"
fi

say "headless Chromium and chromedriver for the dashboard's browser test (Debian's packages)"
if debian_install chromedriver chromium chromium-driver && [[ -x /usr/bin/chromium ]]; then
  /usr/bin/chromium --version
else
  echo "WARNING: chromium and chromium-driver are not installed and could not be installed: DashboardE2E will fail"
fi

say "PostgreSQL (Debian's package): the index's tests on a real server, which they start and stop themselves"
if debian_install pg_ctlcluster postgresql && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  ls -d /usr/lib/postgresql/*/bin
else
  echo "WARNING: postgresql is not installed and could not be installed: IndexDatabasePostgresE2E and StatisticsE2E will fail"
fi

say "Fabric binaries (built from source on first run)"
"$ROOT/scripts/install-fabric.sh"

stop_network() {
  local status=$?
  if ((status != 0)) && [[ -d "$KP_NET_HOME/logs" ]]; then
    rm -rf "$ROOT/target/network-logs" && mkdir -p "$ROOT/target" &&
      cp -r "$KP_NET_HOME/logs" "$ROOT/target/network-logs" &&
      say "tests failed (exit $status): the network's logs are kept in target/network-logs"
  fi
  if [[ $KEEP -eq 1 ]]; then
    say "network left running (--keep-network); stop it with network/kpnet down"
  else
    say "taking the network down"
    "$ROOT/network/kpnet" down || true
  fi
}

say "bringing up a fresh local network"
"$ROOT/network/kpnet" down >/dev/null 2>&1 || true
trap stop_network EXIT
"$ROOT/network/kpnet" up
"$ROOT/network/kpnet" deploy

say "end-to-end tests through the gateway"
(cd "$ROOT" && "${MVN[@]}" -pl gateway-app failsafe:integration-test failsafe:verify -DskipE2E=false)

say "upgrade in place: deploy again (next sequence, no down), and block cutting changed on the running network (kpnet set-batch); then the registry tests once more, and block cutting back"
"$ROOT/network/kpnet" deploy --no-build
batch="$("$ROOT/network/kpnet" set-batch)"
read -r batch_timeout batch_size <<<"$batch"
"$ROOT/network/kpnet" set-batch 250ms 20
(cd "$ROOT" && "${MVN[@]}" -pl gateway-app failsafe:integration-test failsafe:verify -DskipE2E=false \
  -Dit.test=RegistryE2E)
"$ROOT/network/kpnet" set-batch "$batch_timeout" "$batch_size"

say "fault drills: processes killed with SIGKILL while clients submit; the ledger counted afterwards"
drills=$SECONDS
(cd "$ROOT" && "${MVN[@]}" -pl gateway-app failsafe:integration-test failsafe:verify -DskipE2E=false \
  -Dit.test=FaultToleranceDrill)
say "fault drills passed in $((SECONDS - drills))s"

say "admission on the running network: a fourth Participant (ZA) applies, is admitted, joins with kpnet add-participant, trades, withdraws and leaves with kpnet remove-participant"
admission=$SECONDS
(cd "$ROOT" && "${MVN[@]}" -pl gateway-app failsafe:integration-test failsafe:verify -DskipE2E=false \
  -Dit.test=AdmissionStage)
say "admission stage passed in $((SECONDS - admission))s"

say "all tests passed in $((SECONDS - start))s"
