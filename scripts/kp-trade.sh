#!/usr/bin/env bash
# The main job: build everything, bring up the local Kimberley network (Fabric built from source on first
# run), deploy the chaincode, and run a real KP trade end to end through the kpcs CLI:
#   1. Botswana's Exporting Authority certifies a parcel of rough diamonds for the UAE; BW customs seal it;
#      the UAE's Importing Authority inspects it on arrival and confirms receipt (KPCS III(b)).
#   2. The UAE re-exports part of it, mixed with diamonds of other origins, to India; it transits through
#      Botswana's customs; India's Importing Authority confirms.
#   3. The industry's chain of warranties: the importing firm in the UAE sells with warranty to a trader,
#      who sells to a cutter in India, who polishes (with the rough India imported) and sells to a jeweller;
#      the trace of that last invoice leads back to Botswana's Certificate and the countries of origin.
#   4. The history of both Certificates, a firm's year reconciled and attested, and the events.
# The network stays up afterwards (network/kpnet down stops it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"

usage() {
  cat <<EOF
Usage: scripts/kp-trade.sh [--fresh]

  --fresh   take any running network down first and start from an empty ledger
Environment: KP_NET_HOME (default <repo>/.kpnet)
EOF
}

FRESH=0
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --fresh) FRESH=1 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

step() { printf '\n=== %s\n' "$*"; }
kpcs() { printf '$ kpcs %s\n' "$*"; java -jar "$ROOT/gateway-app/target/kpcs.jar" "$@"; }

step "build (Maven) and Fabric binaries"
(cd "$ROOT" && mvn -B -q -ntp install -DskipTests -Djacoco.skip=true)
"$ROOT/scripts/install-fabric.sh"

if [[ $FRESH -eq 1 ]]; then
  "$ROOT/network/kpnet" down
fi
step "local network"
if [[ -f "$KP_NET_HOME/profiles/BW.json" ]] && "$ROOT/network/kpnet" status >/dev/null 2>&1; then
  echo "network already up ($KP_NET_HOME)"
else
  "$ROOT/network/kpnet" up
fi
"$ROOT/network/kpnet" deploy --no-build

step "the Participant registry (as the civil society observer)"
kpcs participant list --org CSO --user observer

run="$(date -u +%H%M%S)"
today="$(date -u +%F)"
expiry="$(date -u -d '+60 days' +%F)"
work="$KP_NET_HOME/trade-$run"
mkdir -p "$work"
bw_cert="BW-$(date -u +%Y)-$run"
ae_cert="AE-$(date -u +%Y)-$run"

step "0. licensed firms: registered by their Participant's authority, with users enrolled by Fabric CA"
gulf="AE-F-GULF-$run"; trader="AE-F-TRADE-$run"; cutter="IN-F-SURAT-$run"; jeweller="IN-F-JEWEL-$run"
kpcs firm register --org AE --user importer --id "$gulf" --name "Gulf Rough Trading DMCC" --address "Almas Tower, Dubai" \
  --country AE --licence "AE-LIC-1187" --activities BUYER,SELLER,EXPORTER
kpcs firm register --org AE --user importer --id "$trader" --name "Creek Diamond Traders" --address "Deira, Dubai" \
  --country AE --licence "AE-LIC-2290" --activities BUYER,SELLER,BROKER
kpcs firm register --org IN --user importer --id "$cutter" --name "Surat Cutting Works" --address "Varachha, Surat" \
  --country IN --licence "IN-LIC-5523" --activities BUYER,SELLER,MANUFACTURER
kpcs firm register --org IN --user importer --id "$jeweller" --name "Mumbai Jewellers" --address "Zaveri Bazaar" \
  --country IN --licence "IN-LIC-7781" --activities BUYER
for f in "gulf:$gulf" "trader:$trader" "cutter:$cutter"; do
  "$ROOT/network/kpnet" enroll WDC "${f%%:*}-$run" firm "${f#*:}"
done

step "1. Botswana certifies a shipment for the UAE"
kpcs cert issue --org BW --user exporter \
  --number "$bw_cert" --to AE --origin BW --carats 12500.250 --parcels 3 --hs 7102.10 \
  --container "SEAL-BW-$run" --expiry "$expiry" --authority "Government Diamond Valuator, Gaborone" \
  --declare-conflict-free --value-usd 18750000.00 \
  --exporter-name "Okavango Diamond Company" --exporter-address "Gaborone" --exporter-licence "BW-EXP-0042" \
  --importer-name "Gulf Rough Trading DMCC" --importer-address "Dubai" --importer-licence "AE-IMP-1187" \
  --invoice "INV-$run-1" --importer-firm "$gulf" --details-out "$work/$bw_cert.details.json"
kpcs custody seal "$bw_cert" --org BW --user customs --container "SEAL-BW-$run" --note "sealed at the Diamond Hub"
kpcs cert pending --importer AE --org AE --user importer
kpcs custody arrive "$bw_cert" --org AE --user importer --container "SEAL-BW-$run" --seal-intact \
  --note "inspected at Dubai airport"
kpcs cert confirm "$bw_cert" --org AE --user importer --parcels 3 --carats 12500.250 --received "$today" \
  --details "$work/$bw_cert.details.json"

step "2. The UAE re-exports part of it, mixed with other origins, to India (transit through Botswana)"
kpcs cert issue --org AE --user exporter \
  --number "$ae_cert" --to IN --origin MIXED --mixed-origins BW,RU,CA --transit BW --carats 4200.500 --parcels 2 \
  --hs 7102.10 --container "SEAL-AE-$run" --expiry "$expiry" --authority "Dubai Multi Commodities Centre" \
  --declare-conflict-free --value-usd 6100000.00 \
  --exporter-name "Gulf Rough Trading DMCC" --exporter-address "Dubai" --exporter-licence "AE-EXP-0311" \
  --importer-name "Surat Cutting Works" --importer-address "Surat" --importer-licence "IN-IMP-5523" \
  --invoice "INV-$run-2" --exporter-firm "$gulf" --exporter-source "CERTIFICATE:$bw_cert:3000.000" \
  --importer-firm "$cutter" --details-out "$work/$ae_cert.details.json"
kpcs custody seal "$ae_cert" --org AE --user customs --container "SEAL-AE-$run"
kpcs custody transit "$ae_cert" --org BW --user customs --container "SEAL-AE-$run" --seal-intact \
  --note "transhipment, Gaborone"
kpcs custody arrive "$ae_cert" --org IN --user importer --container "SEAL-AE-$run" --seal-intact
kpcs cert confirm "$ae_cert" --org IN --user importer --parcels 2 --carats 4200.500 --received "$today" \
  --details "$work/$ae_cert.details.json"

step "3. The chain of warranties"
printf 'Invoice %s: 5000 ct of Botswana rough, Gulf to Creek\n' "$run" > "$work/inv-w1.txt"
kpcs warranty issue --org WDC --user "gulf-$run" --invoice "W1-$run" --seller "$gulf" --buyer "$trader" \
  --date "$today" --source "CERTIFICATE:$bw_cert:5000.000" --invoice-file "$work/inv-w1.txt"
printf 'Invoice %s: 3000 ct, Creek to Surat\n' "$run" > "$work/inv-w2.txt"
kpcs warranty issue --org WDC --user "trader-$run" --invoice "W2-$run" --seller "$trader" --buyer "$cutter" \
  --date "$today" --source "INVOICE:W1-$run:3000.000" --invoice-file "$work/inv-w2.txt"
kpcs warranty transform --org WDC --user "cutter-$run" --id "CUT-$run" --firm "$cutter" --date "$today" \
  --input "INVOICE:W2-$run:3000.000" --input "CERTIFICATE:$ae_cert:1000.000" --output 1560.000
printf 'Invoice %s: 1200 ct polished, Surat to Mumbai Jewellers\n' "$run" > "$work/inv-w3.txt"
kpcs warranty issue --org WDC --user "cutter-$run" --invoice "W3-$run" --seller "$cutter" --buyer "$jeweller" \
  --date "$today" --source "TRANSFORMATION:CUT-$run:1200.000" --invoice-file "$work/inv-w3.txt"
kpcs warranty trace "W3-$run" --org CSO --user observer
kpcs warranty trace-cert "$bw_cert" --org CSO --user observer
kpcs warranty balance CERTIFICATE "$bw_cert" --org CSO --user observer
printf 'Audit report %s for %s\n' "$run" "$gulf" > "$work/audit.txt"
kpcs warranty attest --org WDC --user auditor --firm "$gulf" --year "$(date -u +%Y)" --audit-firm "Antwerp Audit BV" \
  --report-file "$work/audit.txt" --opinion "warranties received and issued reconcile"
kpcs warranty reconcile --org CSO --user observer --firm "$gulf" --year "$(date -u +%Y)"

step "4. History and events"
kpcs cert history "$bw_cert" --org CSO --user observer
kpcs cert history "$ae_cert" --org CSO --user observer
kpcs cert show "$ae_cert" --org CSO --user observer
kpcs cert list --participant AE --direction IMPORT --from "$today" --to "$today" --org CSO --user observer
kpcs events --org CSO --user observer --wait 3

step "done: the network is still up (network/kpnet status; network/kpnet down to stop it)"
echo "To see this trade in a browser (docs/dashboard.md), start an observer's dashboard on an index of its own:"
echo "  scripts/kpcs --org CSO --user observer serve --index-url jdbc:sqlite:cso-web.db --web-port 7444 &"
echo "then open https://127.0.0.1:7444/ (its TLS certificate is issued by CSO's Fabric CA)."
