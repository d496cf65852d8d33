'use strict';
/* One Certificate: its Annex I fields, custody timeline, import receipt (confirmation or dispute), history and use. */
const number = KP.param('number');

function fields(c, view) {
  const rows = [
    ['Number', c.number], ['Status', KP.status(view.status)],
    ['Exporting Participant', c.exportingParticipant], ['Importing Participant', c.importingParticipant],
    ['Transit', (c.transitParticipants || []).join(' ')],
    ['Origin', [c.origin, ...(c.mixedOrigins || [])].join(' ')], ['HS code', c.hsCode],
    ['Carats', KP.carats(c.caratWeightMilli)], ['Parcels', String(c.numberOfParcels || 0)],
    ['Container', c.containerId], ['Issuing authority', c.issuingAuthority],
    ['Date of issue', c.dateOfIssue], ['Date of expiry', c.dateOfExpiry],
    ['Conflict-free declaration', c.conflictFreeDeclaration ? 'yes' : 'no'],
    ['Commercial details hash', c.commercialDetailsHash], ['Issued in transaction', c.issueTxId],
    ['Voided', c.voided ? `yes: ${c.voidReason}` : 'no'],
    ['Amendments', (c.amendments || []).map((a) => `${KP.when(a.amendedAt)} ${a.reason}`).join('; ')],
  ];
  const box = document.getElementById('summary');
  box.replaceChildren(KP.el('h2', {}, c.title || 'Kimberley Process Certificate'),
    KP.el('dl', { class: 'fields' }, rows.flatMap(([k, v]) => [KP.el('dt', {}, k), KP.el('dd', {}, v ?? '')])));
}

function timeline(c, view) {
  const r = view.receipt || {};
  const steps = [{ at: c.issuedAt, what: `issued by ${c.exportingParticipant}` }];
  (view.custody || []).forEach((k) => steps.push({
    at: k.recordedAt,
    what: `${k.event} by ${k.participant} (container ${k.containerId}, seal ${k.sealIntact ? 'intact' : 'BROKEN'})${k.discrepancy ? ' DISCREPANCY' : ''}`,
  }));
  if (r.confirmed) steps.push({ at: r.confirmation.confirmedAt, what: `receipt confirmed by ${c.importingParticipant}` });
  if (r.disputed) steps.push({ at: r.disputedAt, what: `DISPUTED: ${(r.disputeReasons || []).join('; ')}` });
  if (c.voided) steps.push({ what: `voided: ${c.voidReason}` });
  document.getElementById('custody').replaceChildren(...steps.map((s) => KP.el('li', {}, `${KP.when(s.at)} ${s.what}`)));
  const dated = steps.filter((s) => s.at);
  const chart = echarts.init(document.getElementById('timeline'));
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 40, top: 30, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', show: false, min: 0, max: 2 },
    tooltip: { formatter: (p) => p.data.what },
    series: [{
      type: 'line', symbolSize: 14, label: { show: true, formatter: (p) => p.data.what.split(' ')[0], position: 'top' },
      data: dated.map((s) => ({ value: [s.at, 1], what: s.what })),
    }],
  });
}

function receipt(c, view) {
  const r = view.receipt || {};
  const rows = [
    ['Arrived', r.arrived ? KP.when(r.arrivedAt) : 'not yet'],
    ['Confirmed', r.confirmed ? `yes, ${KP.when(r.confirmation.confirmedAt)}` : 'no'],
  ];
  if (r.confirmed) {
    const k = r.confirmation;
    rows.push(['Carats received', KP.carats(k.caratWeightMilli)], ['Parcels received', String(k.numberOfParcels || 0)],
      ['Date of receipt', k.dateOfReceipt], ['Details match the hash', k.detailsMatch ? 'yes' : 'NO'],
      ['Confirmed in transaction', k.txId]);
  }
  rows.push(['Disputed', r.disputed ? `yes: ${(r.disputeReasons || []).join('; ')}` : 'no']);
  document.getElementById('receipt').replaceChildren(KP.el('h2', {}, 'Confirmation and disputes'),
    KP.el('dl', { class: 'fields' }, rows.flatMap(([k, v]) => [KP.el('dt', {}, k), KP.el('dd', {}, v)])));
}

async function load() {
  if (!number) {
    KP.fail('summary', new Error('no certificate number: open this page from the certificate search'));
    return;
  }
  document.querySelector('h1').textContent = `Certificate ${number}`;
  try {
    const view = await KP.json(`/api/certificate/${encodeURIComponent(number)}`);
    fields(view.certificate, view);
    timeline(view.certificate, view);
    receipt(view.certificate, view);
  } catch (e) {
    KP.fail('summary', e);
    return;
  }
  const base = `/api/certificate/${encodeURIComponent(number)}`;
  KP.json(`${base}/history`).then((h) => KP.table('history', 'History on the ledger', h.entries || [], [
    ['When', (e) => KP.when(e.timestamp)], ['Record', (e) => e.record], ['Transaction', (e) => e.txId],
  ], `${base}/history?csv=entries`)).catch((e) => KP.fail('history', e));
  KP.json(`${base}/use`).then((u) => KP.table('use', 'Warranty invoices and transformations drawing on it', u.nodes || [], [
    ['Kind', (n) => n.kind], ['Ref', (n) => (n.kind === 'INVOICE' ? KP.el('a', { href: `trace.html?invoice=${encodeURIComponent(n.ref)}` }, n.ref) : n.ref)],
    ['Via', (n) => n.via || ''], ['Seller', (n) => n.sellerFirm || ''], ['Buyer', (n) => n.buyerFirm || ''],
    ['Carats drawn', (n) => KP.carats(n.drawnMilli), 'num'],
  ], `${base}/use?csv=nodes`)).catch((e) => KP.fail('use', e));
}

load();
KP.live((event) => event.payload && event.payload.certificateNumber === number && setTimeout(load, 1000));
