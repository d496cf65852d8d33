#!/usr/bin/env bash
# The Plenary's year on the running network, after scripts/kp-trade.sh (KPCS Sections V and VI):
#   1. South Africa applies; the Chair circulates its notification; the Plenary admits it by majority;
#      network/kpnet add-participant brings its organisation onto the channel while the network runs.
#   2. Botswana certifies a shipment for South Africa, which confirms receipt: the newcomer trades.
#   3. South Africa notifies its designated authorities, laws and Certificate features (III(d), V(a)).
#   4. A compliance concern raised through the Chair: its content seen by Participants only, its marker by all.
#   5. The Plenary elects the UAE to the chair for next year; the new Chair records the next Plenary, and a
#      proposal to modify the Scheme is put on its agenda (at least ninety days before it).
# Every step goes through the kpcs CLI as the user whose role it needs. The network stays up.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KP_NET_HOME="${KP_NET_HOME:-$ROOT/.kpnet}"
CODE=ZA
NAME="South Africa"

case "${1:-}" in
  -h | --help)
    echo "Usage: scripts/kp-plenary.sh   (on a network brought up by scripts/kp-trade.sh; KP_NET_HOME as there)"
    exit 0 ;;
  "") ;;
  *) echo "Usage: scripts/kp-plenary.sh" >&2; exit 2 ;;
esac

step() { printf '\n=== %s\n' "$*"; }
kpcs() { printf '$ kpcs %s\n' "$*" >&2; java -jar "$ROOT/gateway-app/target/kpcs.jar" "$@"; }
sha() { printf '%s' "$1" | sha256sum | cut -c1-64; }
status_of() { kpcs participant show "$1" --org CSO --user observer --json | jq -r .status; }
# The id of the first open proposal matching a jq selection, or nothing.
open_proposal() {
  kpcs participant proposals --org CSO --user observer --json | jq -r "[.proposals[]? | $1][0].id // empty"
}
# Each delegate in turn approves the proposal, unless it already has, until it is adopted.
approve_until_adopted() {
  local proposal="$1" delegate state
  shift
  for delegate in "$@"; do
    state="$(kpcs participant proposal "$proposal" --org "$delegate" --user delegate --json)"
    [[ "$(jq -r .state <<<"$state")" == ADOPTED ]] && return
    jq -e --arg p "$delegate" '[.approvals[]?.participantCode] | index($p)' <<<"$state" >/dev/null && continue
    kpcs participant approve "$proposal" --org "$delegate" --user delegate
    sleep 3 # the next delegate's peer sees this approval
  done
}

[[ -f "$ROOT/gateway-app/target/kpcs.jar" && -f "$KP_NET_HOME/profiles/BW.json" ]] ||
  { echo "no network at $KP_NET_HOME: run scripts/kp-trade.sh first" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }

run="$(date -u +%H%M%S)"
today="$(date -u +%F)"
year="$(date -u +%Y)"
work="$KP_NET_HOME/plenary-$run"
mkdir -p "$work"

step "1. $NAME applies, the Plenary admits it, and it joins the running network"
if [[ "$(kpcs participant show "$CODE" --org CSO --user observer --json 2>/dev/null | jq -r '.status // empty')" == "" ]]; then
  kpcs participant record-application "$CODE" --name "$NAME" --notified-on "$today" \
    --authority "exporting-authority=South African Diamond and Precious Metals Regulator" \
    --authority "importing-authority=South African Diamond and Precious Metals Regulator" \
    --law-hash "$(sha "Diamonds Act 56 of 1986")" \
    --synopsis "Diamonds Act 56 of 1986: licences, export permits, the State Diamond Trader" --org BW --user chair
fi
if [[ "$(status_of "$CODE")" == APPLICANT ]]; then
  proposal="$(open_proposal "select(.participantCode == \"$CODE\" and .proposedStatus == \"ADMITTED\")")"
  [[ -n "$proposal" ]] || proposal="$(kpcs participant propose-status "$CODE" ADMITTED \
    --reason "meets the minimum requirements" --org BW --user chair --json | jq -r .id)"
  approve_until_adopted "$proposal" AE IN # a majority of the three active Participants
fi
if [[ "$(status_of "$CODE")" != ACTIVE ]]; then
  "$ROOT/network/kpnet" add-participant "$CODE" "$NAME" # resumes where an interrupted run stopped
fi
kpcs participant show "$CODE" --org CSO --user observer

step "2. Botswana certifies a shipment for $NAME, which confirms receipt"
cert="BW-$year-ZA$run"
kpcs cert issue --org BW --user exporter --number "$cert" --to "$CODE" --origin BW --carats 2500.000 --parcels 1 \
  --hs 7102.10 --container "SEAL-ZA-$run" --expiry "$(date -u -d '+60 days' +%F)" \
  --authority "Government Diamond Valuator, Gaborone" --declare-conflict-free --value-usd 3100000.00 \
  --exporter-name "Okavango Diamond Company" --exporter-address "Gaborone" --exporter-licence "BW-EXP-0042" \
  --importer-name "Johannesburg Rough Buyers" --importer-address "Johannesburg" --importer-licence "ZA-IMP-0077" \
  --invoice "INV-ZA-$run" --details-out "$work/$cert.details.json"
kpcs custody seal "$cert" --org BW --user customs --container "SEAL-ZA-$run"
sleep 3 # every Participant's peer commits the seal before South Africa acts on it
kpcs custody arrive "$cert" --org "$CODE" --user importer --container "SEAL-ZA-$run" --seal-intact \
  --note "inspected at O.R. Tambo"
kpcs cert confirm "$cert" --org "$CODE" --user importer --parcels 1 --carats 2500.000 --received "$today" \
  --details "$work/$cert.details.json"

step "3. $NAME notifies its authorities, laws and Certificate features through the Chair"
kpcs governance notify "$CODE" --org "$CODE" --user delegate \
  --authority "exporting-authority=South African Diamond and Precious Metals Regulator" \
  --law-hash "$(sha "Diamonds Act 56 of 1986, as amended $run")" \
  --synopsis "Diamonds Act: licences, export permits; Precious Metals Act for refiners" \
  --specimen-hash "$(sha "ZA certificate specimen")" --feature "watermark" --feature "serial numbers in UV ink"
kpcs governance notifications "$CODE" --org CSO --user observer

step "4. A compliance concern, through the Chair (content for Participants only; a marker for everyone)"
printf 'Shipments of %s declared through a third country in %s need clarifying.\n' "$CODE" "$year" >"$work/concern.txt"
concern="$(kpcs compliance raise "$CODE" --text-file "$work/concern.txt" --org AE --user delegate --json | jq -r .id)"
sleep 3 # South Africa's peer receives the confidential file
kpcs compliance reply "$concern" --text "the transit certificates are attached to our reply" --org "$CODE" --user delegate
kpcs compliance list --org CSO --user observer

step "5. The Plenary elects the UAE to the chair for $((year + 1)); the new Chair sets the next Plenary"
election="$(open_proposal 'select(.chairYear != null)')"
if [[ -z "$election" && "$(kpcs governance chair --org CSO --user observer --json | jq -r .chairParticipant)" == BW ]]; then
  election="$(kpcs governance elect-chair AE --year "$((year + 1))" --reason "elected at the end of the Plenary" \
    --org BW --user chair --json | jq -r .id)"
fi
# a majority of the four active Participants: three approvals; the one that makes it hands the chair over
[[ -z "$election" ]] || approve_until_adopted "$election" AE IN "$CODE"
kpcs governance chair --org CSO --user observer
plenary="$(date -u -d '+200 days' +%F)"
kpcs governance schedule-plenary "$plenary" --venue Dubai --org AE --user chair
kpcs governance propose-modification IN --title "Annex I: electronic Certificates" \
  --document-hash "$(sha "electronic certificates $run")" --org IN --user delegate
kpcs governance modifications --org CSO --user observer

step "done: the network is still up; South Africa is a Participant and the UAE holds the chair"
