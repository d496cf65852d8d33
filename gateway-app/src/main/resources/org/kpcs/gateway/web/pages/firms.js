'use strict';
/* The registry of firms and every sanction recorded against one. */
async function loadFirms() {
  try {
    const page = await KP.json('/api/firms');
    const firms = page.firms || [];
    KP.table('firms', 'Firms', firms, [
      ['Firm', (f) => f.firmId],
      ['Name', (f) => f.name],
      ['Country', (f) => f.country],
      ['Licence', (f) => f.licenceNumber],
      ['Activities', (f) => (f.activities || []).join(', ')],
      ['Status', (f) => KP.status(f.status)],
      ['Sanctions', (f) => String((f.sanctions || []).length), 'num'],
      ['Registered by', (f) => f.registeredBy],
    ], '/api/firms?csv=firms');
    const sanctions = firms.flatMap((f) => (f.sanctions || []).map((s) => ({ firm: f.firmId, ...s })));
    KP.table('sanctions', 'Sanctions', sanctions, [
      ['Firm', (s) => s.firm],
      ['Recorded by', (s) => s.recordedByParticipant],
      ['Reason', (s) => s.reason],
      ['Reference', (s) => s.reference || ''],
      ['When', (s) => KP.when(s.recordedAt)],
    ]);
  } catch (e) {
    KP.fail('firms', e);
  }
}

loadFirms();
KP.live(null, loadFirms);
