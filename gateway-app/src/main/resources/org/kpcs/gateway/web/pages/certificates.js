'use strict';
/* Certificate search (by number, or by Participant, direction and dates of issue) and the open disputes. */
const form = document.getElementById('search');
const columns = [
  ['Number', (c) => KP.certLink(c.certificate.number)],
  ['Status', (c) => KP.status(c.status)],
  ['From', (c) => c.certificate.exportingParticipant],
  ['To', (c) => c.certificate.importingParticipant],
  ['Origin', (c) => [c.certificate.origin, ...(c.certificate.mixedOrigins || [])].join(' ')],
  ['HS', (c) => c.certificate.hsCode],
  ['Carats', (c) => KP.carats(c.certificate.caratWeightMilli), 'num'],
  ['Parcels', (c) => String(c.certificate.numberOfParcels || 0), 'num'],
  ['Issued', (c) => c.certificate.dateOfIssue],
  ['Expires', (c) => c.certificate.dateOfExpiry],
];

function query() {
  const data = new FormData(form);
  const params = new URLSearchParams();
  if (data.get('number')) {
    params.set('number', data.get('number'));
  } else {
    ['participant', 'direction', 'from', 'to'].forEach((k) => data.get(k) && params.set(k, data.get(k)));
  }
  return params.toString();
}

async function search() {
  const q = query();
  try {
    const page = await KP.json(`/api/certificates?${q}`);
    KP.table('results', 'Certificates found', page.certificates || [], columns, `/api/certificates?${q}&csv=certificates`);
  } catch (e) {
    KP.fail('results', e);
  }
  try {
    const disputed = await KP.json('/api/disputes');
    KP.table('disputes', 'Open disputes', disputed.certificates || [], columns, '/api/disputes?csv=certificates');
  } catch (e) {
    KP.fail('disputes', e);
  }
}

async function init() {
  const [org, list] = await Promise.all([KP.json('/api/org'), KP.json('/api/participants')]);
  const select = form.elements.participant;
  (list.participants || []).forEach((p) => select.append(KP.el('option', { value: p.code }, `${p.code} ${p.name}`)));
  select.value = KP.param('participant') || ((list.participants || []).some((p) => p.code === org.org) ? org.org : select.value);
  ['number', 'direction', 'from', 'to'].forEach((k) => { if (KP.param(k)) form.elements[k].value = KP.param(k); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?${query()}`);
    search();
  });
  await search();
  KP.live(null, search);
}

init().catch((e) => KP.fail('results', e));
