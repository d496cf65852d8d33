'use strict';
/* A scanned QR payload of a printed Certificate against the ledger: the verdict of kpcs cert check-qr. */
const form = document.getElementById('qr-form');
const GOOD = ['VALID', 'CONFIRMED'];

function show(check) {
  const word = (check.verdict || '').replace(/^QR_/, '').toLowerCase();
  const payload = check.payload || {};
  const current = check.current || {};
  document.getElementById('verdict').replaceChildren(
    KP.el('h2', {}, 'Verdict: ', KP.el('span', { id: 'verdict-word', class: GOOD.includes(word.toUpperCase()) ? 'ok' : 'bad' }, word)),
    KP.el('p', { id: 'verdict-reason' }, check.reason || ''),
  );
  const fields = [
    ['Certificate', payload.certificateNumber ? KP.certLink(payload.certificateNumber) : ''],
    ['Status now', KP.status(check.status)],
    ['Printed record hash', payload.recordHash || ''],
    ['Printed by transaction', payload.txId || ''],
    ['Current record hash', check.currentRecordHash || ''],
    ['Current transaction', check.currentTxId || ''],
    ['Exporting → importing', current.exportingParticipant ? `${current.exportingParticipant} → ${current.importingParticipant}` : ''],
    ['Date of expiry', current.dateOfExpiry || ''],
    ['kpcs cert check-qr exit code', String(check.exitCode || 0)],
  ];
  document.getElementById('current').replaceChildren(
    KP.el('h2', {}, 'The paper and the ledger'),
    KP.el('dl', { class: 'fields' }, fields.flatMap(([label, value]) => [KP.el('dt', {}, label), KP.el('dd', {}, value)])),
  );
}

async function check() {
  const payload = form.elements.payload.value.trim();
  if (!payload) return;
  document.getElementById('current').replaceChildren();
  try {
    show(await KP.json(`/api/check-qr?payload=${encodeURIComponent(payload)}`));
  } catch (e) {
    KP.fail('verdict', e);
  }
}

form.elements.payload.value = KP.param('payload');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?payload=${encodeURIComponent(form.elements.payload.value.trim())}`);
  check();
});
check();
KP.live(null, check);
