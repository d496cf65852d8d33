#!/usr/bin/env bash
# Runs Hyperledger Caliper 0.6.0 (benchconfig.yaml: the baseline and certificate issuance) against the running
# local network, through Caliper's fabric connector with the fabric-gateway binding, and writes its figures as
# tab-separated lines for the performance report. Called by scripts/bench.sh.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  cat <<EOF
Usage: bench/caliper/run.sh NETWORK_HOME OUT_TSV

Installs Caliper with npm (package.json, package-lock.json) when node_modules is missing, binds it to
fabric:fabric-gateway, writes Caliper's network configuration from the profiles in NETWORK_HOME (one
organisation per Participant, identity 'exporter'), runs the rounds of benchconfig.yaml and writes one line per
round to OUT_TSV: round, workers, in flight, succeeded, failed, send rate, max latency s, avg latency s,
throughput. Caliper's own report is NETWORK_HOME/caliper/report.html, its log NETWORK_HOME/caliper/caliper.log.
EOF
}
case "${1:-}" in -h | --help) usage; exit 0 ;; esac
(($# == 2)) || { usage >&2; exit 2; }
home="$1" out="$2"
[[ -f "$home/network.json" ]] || { printf 'caliper: no network at %s\n' "$home" >&2; exit 1; }

cd "$DIR"
if [[ ! -d node_modules/@hyperledger/caliper-cli ]]; then
  npm ci --no-audit --no-fund
fi
if [[ ! -d node_modules/@hyperledger/fabric-gateway ]]; then
  npx caliper bind --caliper-bind-sut fabric:fabric-gateway
fi

work="$home/caliper"
mkdir -p "$work"
# One connection profile per Participant (its peer), and Caliper's network configuration naming them.
orgs_json="[]"
for org in $(jq -r '.participants[]' "$home/network.json"); do
  profile="$home/profiles/$org.json"
  jq '{name: .org, version: "1.0.0", client: {organization: .org},
       organizations: {(.org): {mspid: .mspId, peers: [.peer.hostAlias]}},
       peers: {(.peer.hostAlias): {url: ("grpcs://" + .peer.endpoint), tlsCACerts: {path: .peer.tlsRootCert},
                                   grpcOptions: {"ssl-target-name-override": .peer.hostAlias}}}}' \
    "$profile" >"$work/$org-ccp.json"
  orgs_json="$(jq --slurpfile p "$profile" --arg ccp "$work/$org-ccp.json" \
    '. + [{mspid: $p[0].mspId,
           identities: {certificates: [{name: "exporter", clientPrivateKey: {path: $p[0].users.exporter.key},
                                        clientSignedCert: {path: $p[0].users.exporter.cert}}]},
           connectionProfile: {path: $ccp, discover: true}}]' <<<"$orgs_json")"
done
jq -n --arg channel "$(jq -r .channel "$home/network.json")" --argjson orgs "$orgs_json" \
  '{name: "kimberley", version: "2.0.0", caliper: {blockchain: "fabric"},
    channels: [{channelName: $channel, contracts: [{id: "kpcs"}, {id: "kpbase"}]}],
    organizations: $orgs}' >"$work/network.json"

npx caliper launch manager --caliper-workspace "$DIR" --caliper-benchconfig benchconfig.yaml \
  --caliper-networkconfig "$work/network.json" --caliper-report-path "$work/report.html" \
  --caliper-flow-only-test 2>&1 | tee "$work/caliper.log"

workers="$(sed -n 's/^ *number: *\([0-9]*\).*/\1/p' benchconfig.yaml | head -1)"
printf 'round\tworkers\tin_flight\tsucceeded\tfailed\tsend_tps\tmax_latency_s\tavg_latency_s\tthroughput_tps\n' >"$out"
# Caliper's summary table: | Name | Succ | Fail | Send Rate (TPS) | Max Latency (s) | Min Latency (s) | Avg Latency (s) | Throughput (TPS) |
sed 's/\x1b\[[0-9;]*m//g' "$work/caliper.log" |
  awk -F'|' -v w="$workers" 'NF >= 10 && $2 ~ /-[0-9]+ *$/ && $3 ~ /^ *[0-9]+ *$/ {
      for (i = 2; i <= 9; i++) gsub(/ /, "", $i)
      n = split($2, parts, "-")
      if (!seen[$2]++) printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", $2, w, parts[n], $3, $4, $5, $6, $8, $9
    }' >>"$out"
(($(wc -l <"$out") > 1)) || { printf 'caliper: no results found in %s\n' "$work/caliper.log" >&2; exit 1; }
cat "$out"
