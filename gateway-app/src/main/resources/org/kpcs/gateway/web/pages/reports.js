'use strict';
/* Every Participant's filed Annex III reports, production statistics and notices to the Chair. */
async function loadReports() {
  const period = KP.param('period');
  document.querySelector('#period input').value = period;
  try {
    const codes = ((await KP.json('/api/participants')).participants || []).map((p) => p.code);
    const query = period ? `?period=${encodeURIComponent(period)}` : '';
    const lists = await Promise.all(codes.map((code) => KP.json(`/api/reports/${code}${query}`)));
    const all = (field) => lists.flatMap((list) => (list[field] || []).map((row) => ({ participant: list.participant, ...row })));
    KP.table('filed', 'Filed reports', all('reports'), [
      ['Participant', (r) => r.participant],
      ['Kind', (r) => r.kind],
      ['Period', (r) => r.period],
      ['Version', (r) => String(r.version || 1), 'num'],
      ['Due', (r) => r.due],
      ['Filed', (r) => r.filedOn],
      ['On time', (r) => (r.late ? `LATE by ${r.daysLate} day(s)` : 'on time')],
      ['Lines', (r) => String(((r.trade || {}).exports || []).length + ((r.trade || {}).imports || []).length), 'num'],
      ['Production carats', (r) => (r.production ? KP.carats(r.production.caratWeightMilli) : ''), 'num'],
    ]);
    KP.table('production', 'Production statistics', all('production'), [
      ['Participant', (p) => p.participant],
      ['Period', (p) => p.period],
      ['Revision', (p) => String(p.revision || 0), 'num'],
      ['Carats', (p) => KP.carats((p.figures || {}).caratWeightMilli), 'num'],
      ['Value', (p) => KP.usd((p.figures || {}).valueUsdCents), 'num'],
      ['Entered', (p) => KP.when(p.enteredAt)],
    ]);
    KP.table('notices', 'Notices to the Chair', all('notices'), [
      ['Participant', (n) => n.participant],
      ['Period', (n) => n.period],
      ['Reason', (n) => n.reason],
      ['Chair', (n) => n.chair],
      ['Notified', (n) => n.notifiedOn],
      ['Due', (n) => n.due],
    ]);
  } catch (e) {
    KP.fail('filed', e);
  }
}

document.getElementById('period').addEventListener('submit', (event) => {
  event.preventDefault();
  const period = new FormData(event.target).get('period').trim();
  history.replaceState(null, '', period ? `?period=${encodeURIComponent(period)}` : location.pathname);
  loadReports();
});
loadReports();
KP.live(null, loadReports);
