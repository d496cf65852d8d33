'use strict';
/* Flows between Participants in a period (sankey and bars) and each one's Annex III tables with verification marks. */
const form = document.getElementById('period');
const charts = { sankey: echarts.init(document.getElementById('sankey')), bars: echarts.init(document.getElementById('bars')) };

/* A line's mark: the ledger agrees with the figure (✓), or the difference the verification found (✗). */
function mark(direction, line, report) {
  const d = (report.differences || []).find((x) => x.direction === direction && x.partner === line.partner
    && x.origin === line.origin && x.hsCode === line.hsCode);
  return d ? KP.el('span', { class: 'bad', title: `ledger: ${d.certificatesOnLedger || 0} certificates, ${KP.carats(d.caratsOnLedgerMilli)} ct` }, '✗ differs')
    : KP.el('span', { class: 'ok', title: 'recomputed from the public ledger' }, '✓ verified');
}

function lines(box, title, direction, stats, report, csv) {
  const columns = [
    [direction === 'export' ? 'To' : 'From', (l) => l.partner],
    ['Origin', (l) => [l.origin, ...(l.mixedOrigins || [])].join(' ')],
    ['HS code', (l) => l.hsCode],
    ['Certificates', (l) => String(l.certificates || 0), 'num'],
    ['Carats', (l) => KP.carats(l.caratWeightMilli), 'num'],
  ];
  if (stats.valuesIncluded) columns.push(['Value (US$)', (l) => KP.usd(l.valueUsdCents), 'num']);
  columns.push(['Ledger', (l) => mark(direction, l, report)]);
  return KP.table(box, title, (stats[`${direction}s`] || []), columns, csv);
}

function participantSection(code, stats, report, period) {
  const section = KP.el('section', { id: `annex-${code}` });
  const base = `/api/trade/${code}/${period}`;
  const verify = `/api/verify/${code}/${period}`;
  section.append(KP.el('h2', {}, `${code}: Annex III, ${period} (${stats.firstDay} to ${stats.lastDay})`));
  section.append(lines(KP.el('div'), `${code} exports`, 'export', stats, report, `${base}?csv=exports`));
  section.append(lines(KP.el('div'), `${code} imports`, 'import', stats, report, `${base}?csv=imports`));
  const mirror = KP.table(KP.el('div'), `${code}: mirror differences`, report.mirrorDifferences || [], [
    ['Certificate', (m) => KP.certLink(m.certificateNumber)], ['Exporter', (m) => m.exporter], ['Importer', (m) => m.importer],
    ['Exported ct', (m) => KP.carats(m.exportedCaratsMilli), 'num'], ['Confirmed ct', (m) => KP.carats(m.confirmedCaratsMilli), 'num'],
    ['Reason', (m) => m.reason],
  ], `${verify}?csv=mirror_differences`);
  const summary = KP.el('p', {},
    (report.differences || []).length ? KP.el('span', { class: 'bad' }, `✗ ${(report.differences || []).length} figures differ from the ledger`)
      : KP.el('span', { class: 'ok' }, '✓ every figure agrees with the ledger'),
    ` · ${report.certificatesRead || 0} certificates read · open disputes: ${(report.openDisputes || []).join(' ') || 'none'}`
      + ` · unconfirmed past expiry: ${(report.unconfirmedPastExpiry || []).join(' ') || 'none'}`
      + ` · index at block ${stats.indexedBlocks || 0}`);
  section.append(summary, mirror);
  return section;
}

async function load() {
  const period = (new FormData(form).get('period') || KP.quarter()).toUpperCase();
  const tables = document.getElementById('tables');
  try {
    const list = await KP.json('/api/participants');
    const codes = (list.participants || []).map((p) => p.code);
    const all = await Promise.all(codes.map((code) => Promise.all([
      KP.json(`/api/trade/${code}/${period}`), KP.json(`/api/verify/${code}/${period}`)])));
    const links = [];
    all.forEach(([stats], i) => (stats.exports || []).forEach((l) => {
      const link = links.find((x) => x.source === `${codes[i]} exports` && x.target === `${l.partner} imports`);
      const value = Number(l.caratWeightMilli || 0) / 1000;
      if (link) link.value += value; else links.push({ source: `${codes[i]} exports`, target: `${l.partner} imports`, value });
    }));
    const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
    charts.sankey.setOption({
      animation: false, tooltip: { trigger: 'item' },
      series: [{ type: 'sankey', data: names.map((name) => ({ name })), links, label: { formatter: '{b}' }, emphasis: { focus: 'adjacency' } }],
    }, true);
    charts.bars.setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: {},
      xAxis: { type: 'category', data: codes }, yAxis: { type: 'value', name: 'carats' },
      series: [
        { name: 'exports', type: 'bar', data: all.map(([s]) => Number((s.exportTotal || {}).caratWeightMilli || 0) / 1000) },
        { name: 'imports', type: 'bar', data: all.map(([s]) => Number((s.importTotal || {}).caratWeightMilli || 0) / 1000) },
      ],
    }, true);
    tables.replaceChildren(...all.map(([stats, report], i) => participantSection(codes[i], stats, report, period)));
  } catch (e) {
    KP.fail(tables, e);
  }
}

form.elements.period.value = KP.param('period') || KP.quarter();
form.addEventListener('submit', (event) => { event.preventDefault(); history.replaceState(null, '', `?period=${form.elements.period.value}`); load(); });
load();
KP.live(null, load);
