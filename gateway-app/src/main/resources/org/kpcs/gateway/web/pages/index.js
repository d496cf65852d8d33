'use strict';
/* Participants and their status; the ledger's events as they arrive. */
async function loadParticipants() {
  try {
    const list = await KP.json('/api/participants');
    KP.table('participants', 'Participants', list.participants || [], [
      ['Code', (p) => p.code],
      ['Name', (p) => p.name],
      ['MSP', (p) => p.mspId],
      ['Status', (p) => KP.status(p.status)],
      ['Authorities', (p) => (p.authorities || []).map((a) => a.name || a.role || '').join(', ')],
      ['Registered', (p) => KP.when(p.registeredAt)],
      ['Last decision', (p) => p.lastDecisionId || ''],
    ], '/api/participants?csv=participants');
  } catch (e) {
    KP.fail('participants', e);
  }
}

const shown = [];
function showEvent(event) {
  shown.unshift(event);
  shown.length = Math.min(shown.length, 50);
  const list = document.getElementById('event-list');
  list.replaceChildren(...shown.map((e) => KP.el('li', {}, `block ${e.block} · ${e.name} · ${e.line}`)));
  document.getElementById('live-count').textContent = `${shown.length} shown`;
}

loadParticipants();
KP.live(showEvent, loadParticipants);
